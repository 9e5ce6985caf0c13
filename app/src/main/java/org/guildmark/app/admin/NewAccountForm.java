package org.guildmark.app.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.guildmark.app.security.Role;
import org.springframework.validation.Errors;

/**
 * What an admin types to create an account: a username, the role and its binding ({@link RoleBindingForm}), a
 * representative's entries, and the password as a reset sets it ({@link PasswordForm}, whose fields this form
 * carries under the same names). A mutable bean, as Spring MVC's form binding wants, so a refused form re-renders
 * with everything typed (the passwords aside, which {@link #forgetPasswords} clears).
 */
public class NewAccountForm extends RoleBindingForm {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");

    private String username = "";
    private List<UUID> representatives = new ArrayList<>();
    private final PasswordForm passwords = new PasswordForm();

    /** Checks every field; what is wrong is reported on the field it is about. */
    void check(BindingChoices choices, Errors errors) {
        String name = username == null ? "" : username.strip();
        username = name;
        if (name.isEmpty()) {
            errors.rejectValue("username", "username.missing", "Enter a username.");
        } else if (!USERNAME.matcher(name).matches()) {
            errors.rejectValue("username", "username.invalid",
                    "Use 3 to 100 lower-case letters, digits, dots, dashes or underscores, starting with a letter "
                            + "or digit.");
        }
        if (chosenRole() == Role.REPRESENTATIVE) {
            checkRepresentatives(choices, errors);
        } else {
            checkRoleAndBinding(choices, errors);
        }
        passwords.check(errors);
    }

    private void checkRepresentatives(BindingChoices choices, Errors errors) {
        if (errors.hasFieldErrors("representatives")) {
            return;
        }
        if (representatives == null || representatives.isEmpty()) {
            errors.rejectValue("representatives", "representatives.missing",
                    "A representative acts for at least one person: choose the person and as whom.");
        } else if (!representatives.stream().allMatch(choices::representativeExists)) {
            errors.rejectValue("representatives", "representatives.unknown",
                    "One of the chosen entries is not in the registry; choose from the list.");
        }
    }

    /** The representative entries (person, relation, representative's name) a representative account acts as. */
    List<UUID> representativesForRole() {
        return chosenRole() == Role.REPRESENTATIVE ? representatives.stream().distinct().toList() : List.of();
    }

    boolean generatesPassword() {
        return passwords.generatesPassword();
    }

    void forgetPasswords() {
        passwords.forgetPasswords();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public List<UUID> getRepresentatives() {
        return representatives;
    }

    public void setRepresentatives(List<UUID> representatives) {
        this.representatives = representatives == null ? new ArrayList<>() : new ArrayList<>(representatives);
    }

    public String getPasswordMode() {
        return passwords.getPasswordMode();
    }

    public void setPasswordMode(String passwordMode) {
        passwords.setPasswordMode(passwordMode);
    }

    public String getPassword() {
        return passwords.getPassword();
    }

    public void setPassword(String password) {
        passwords.setPassword(password);
    }

    public String getPasswordAgain() {
        return passwords.getPasswordAgain();
    }

    public void setPasswordAgain(String passwordAgain) {
        passwords.setPasswordAgain(passwordAgain);
    }
}
