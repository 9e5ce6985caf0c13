package org.guildmark.core.audit;

import org.guildmark.core.dossier.Wire;

public enum Verdict {
    CERTIFIABLE, NOT_CERTIFIABLE, INVALID;

    public String code() {
        return Wire.code(this);
    }
}
