package org.guildmark.app.admin;

import java.nio.charset.StandardCharsets;

import org.springframework.validation.Errors;

/**
 * How an admin sets a password: generated (shown once) or entered twice. Checks an entered password and says what
 * is wrong next to the field.
 */
final class PasswordChoice {

    static final String GENERATE = "generate";
    static final String ENTER = "enter";

    static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be refused by the encoder. */
    static final int MAX_BYTES = 72;

    private PasswordChoice() {
    }

    /** Checks the fields {@code passwordMode}, {@code password} and {@code passwordAgain}. */
    static void check(String mode, String password, String again, Errors errors) {
        if (GENERATE.equals(mode)) {
            return;
        }
        if (!ENTER.equals(mode)) {
            errors.rejectValue("passwordMode", "passwordMode.missing",
                    "Choose whether to generate a password or to enter one.");
            return;
        }
        if (password == null || password.isEmpty()) {
            errors.rejectValue("password", "password.missing", "Enter a password, or choose to generate one.");
        } else if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            errors.rejectValue("password", "password.short",
                    "Use at least " + MIN_LENGTH + " characters; a few words make a good password.");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            errors.rejectValue("password", "password.long",
                    "Use at most " + MAX_BYTES + " bytes (about " + MAX_BYTES + " letters or digits).");
        } else if (!password.equals(again)) {
            errors.rejectValue("passwordAgain", "passwordAgain.different",
                    "The two passwords differ; enter the same password twice.");
        }
    }
}
