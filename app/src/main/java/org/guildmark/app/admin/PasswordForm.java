package org.guildmark.app.admin;

import org.springframework.validation.Errors;

/**
 * What an admin chooses to set a password, on a reset and when creating an account ({@link NewAccountForm}): generate
 * one, or enter one twice. Mutable for form binding.
 */
public class PasswordForm {

    private String passwordMode = PasswordChoice.GENERATE;
    private String password = "";
    private String passwordAgain = "";

    void check(Errors errors) {
        PasswordChoice.check(passwordMode, password, passwordAgain, errors);
    }

    boolean generatesPassword() {
        return PasswordChoice.GENERATE.equals(passwordMode);
    }

    void forgetPasswords() {
        password = "";
        passwordAgain = "";
    }

    public String getPasswordMode() {
        return passwordMode;
    }

    public void setPasswordMode(String passwordMode) {
        this.passwordMode = passwordMode;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
