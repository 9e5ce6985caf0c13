package org.guildmark.app.enforcement;

import java.util.Arrays;
import java.util.Locale;

/** What opened a case: a complaint, or the registry or certification on their own. */
public enum CaseOrigin {
    COMPLAINT("complaint"),
    DELETION_OVERDUE("overdue deletion after withdrawn consent"),
    CONSENT_SUSPENSION("certificate suspended for consent reasons");

    private final String label;

    CaseOrigin(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    public static CaseOrigin ofCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code().equals(code)).findFirst().orElseThrow();
    }
}
