package org.guildmark.app.labor;

import java.util.Arrays;
import java.util.Optional;

/** What a production offers displaced workers (IATSE principle 4; the dossier's displacement support). */
public enum SupportKind {
    RETRAINING("retraining"),
    TRANSITION("transition"),
    REDEPLOYMENT("redeployment"),
    SEVERANCE("severance");

    private final String code;

    SupportKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<SupportKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
