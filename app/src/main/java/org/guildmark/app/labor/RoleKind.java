package org.guildmark.app.labor;

import java.util.Arrays;
import java.util.Optional;

/** Whether a rate is for a traditional craft or one of the roles AI production brought (prompter, AI supervisor). */
public enum RoleKind {
    TRADITIONAL("traditional"),
    AI_ERA("ai-era");

    private final String code;

    RoleKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<RoleKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
