package org.guildmark.app.certification;

/** Why a certificate is held suspended. */
public enum HoldCause {
    CONSENT_WITHDRAWN("consent-withdrawn"),
    DELETION_OVERDUE("deletion-overdue"),
    OFFICER("officer"),
    SANCTION("sanction");

    private final String code;

    HoldCause(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static HoldCause ofCode(String code) {
        for (HoldCause cause : values()) {
            if (cause.code.equals(code)) {
                return cause;
            }
        }
        throw new IllegalArgumentException("unknown hold cause " + code);
    }
}
