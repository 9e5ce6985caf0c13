package org.guildmark.app.account;

import java.nio.charset.StandardCharsets;

import org.springframework.validation.Errors;

/** The holder's password change: the current password, and the new one twice. Mutable for form binding. */
public class PasswordForm {

    static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be refused by the encoder. */
    static final int MAX_BYTES = 72;

    private String currentPassword = "";
    private String newPassword = "";
    private String newPasswordAgain = "";

    /** Checks what can be checked without the stored password. */
    void check(Errors errors) {
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.rejectValue("currentPassword", "currentPassword.missing",
                    "Enter the password you signed in with.");
        }
        if (newPassword == null || newPassword.isEmpty()) {
            errors.rejectValue("newPassword", "newPassword.missing", "Choose a new password.");
        } else if (newPassword.codePointCount(0, newPassword.length()) < MIN_LENGTH) {
            errors.rejectValue("newPassword", "newPassword.short",
                    "Use at least " + MIN_LENGTH + " characters; a few words make a good password.");
        } else if (newPassword.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            errors.rejectValue("newPassword", "newPassword.long",
                    "Use at most " + MAX_BYTES + " bytes (about " + MAX_BYTES + " letters or digits).");
        } else if (newPassword.equals(currentPassword)) {
            errors.rejectValue("newPassword", "newPassword.same",
                    "Choose a password other than the one you have now.");
        } else if (!newPassword.equals(newPasswordAgain)) {
            errors.rejectValue("newPasswordAgain", "newPasswordAgain.different",
                    "The two new passwords differ; enter the same password twice.");
        }
    }

    void forgetPasswords() {
        currentPassword = "";
        newPassword = "";
        newPasswordAgain = "";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordAgain() {
        return newPasswordAgain;
    }

    public void setNewPasswordAgain(String newPasswordAgain) {
        this.newPasswordAgain = newPasswordAgain;
    }
}
