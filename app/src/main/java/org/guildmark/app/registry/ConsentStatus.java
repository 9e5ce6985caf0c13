package org.guildmark.app.registry;

import org.guildmark.core.dossier.Wire;

/** A grant's status, after the W3C Data Privacy Vocabulary. Only {@link #GIVEN} and {@link #RENEWED} permit use. */
public enum ConsentStatus {
    REQUESTED, GIVEN, RENEWED, REFUSED,
    /** Taken back by the person or their representative. */
    WITHDRAWN,
    /** Taken back by someone else, e.g. the guild after a finding. */
    REVOKED,
    EXPIRED, INVALIDATED;

    public boolean permitsUse() {
        return this == GIVEN || this == RENEWED;
    }

    /** The word stored and sent on the wire, e.g. {@code withdrawn}. */
    public String code() {
        return Wire.code(this);
    }

    static ConsentStatus ofCode(String code) {
        return Codes.of(ConsentStatus.class, code);
    }
}
