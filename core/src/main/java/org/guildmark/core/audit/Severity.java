package org.guildmark.core.audit;

import org.guildmark.core.dossier.Wire;

/** How much a finding weighs, most severe first. */
public enum Severity {
    /** Certification is impossible until it is fixed. */
    BLOCKING,
    /** Fix it, or an officer must accept a written justification. */
    MAJOR,
    MINOR,
    INFO;

    public String code() {
        return Wire.code(this);
    }

    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
