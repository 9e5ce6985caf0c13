package org.guildmark.app.wallet;

import org.springframework.validation.Errors;

/** The optional reason a person gives when withdrawing or refusing a grant. */
public class ReasonForm {

    static final int LONGEST = 1000;

    private String reason = "";

    /** Checks the reason; a blank one is none. */
    void check(Errors errors) {
        reason = reason == null ? "" : reason.strip();
        if (reason.length() > LONGEST) {
            errors.rejectValue("reason", "reason.long", "Keep the reason to " + LONGEST + " characters or fewer; it "
                    + "has " + reason.length() + ".");
        }
    }

    /** The reason, or null when none was given. */
    String reasonOrNull() {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
