package org.guildmark.core.code;

/** How a clause is assessed in a production audit. */
public enum AssessmentMethod {
    /** A rule checks the dossier. */
    AUTOMATED,
    /** No machine can judge it: the production must attest. */
    ATTESTATION,
    /** Binds guild (or union) members, not productions: out of scope for a production audit. */
    MEMBER,
    /** Recommended, not required: reported for information. */
    ADVISORY
}
