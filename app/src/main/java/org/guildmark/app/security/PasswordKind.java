package org.guildmark.app.security;

/** Who chose a password, which decides whether its holder must replace it at the next sign-in. */
public enum PasswordKind {
    /** Chosen by the account's holder (or configured by the operator, as {@code GUILDMARK_ADMIN_PASSWORD}). */
    OWN,
    /** Set by someone else: generated and shown once, or entered by an admin. The holder must choose their own. */
    TEMPORARY
}
