package org.guildmark.app.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.guildmark.app.security.Role;
import org.springframework.validation.Errors;

/**
 * What an admin types to create an account. A mutable bean, as Spring MVC's form binding wants, so a refused form
 * re-renders with everything typed (the passwords aside, which {@link #forgetPasswords} clears).
 */
public class NewAccountForm {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");

    private String username = "";
    private String role = "";
    private UUID organization;
    private UUID person;
    private List<UUID> representatives = new ArrayList<>();
    private String passwordMode = PasswordChoice.GENERATE;
    private String password = "";
    private String passwordAgain = "";

    /** The chosen role, when it is one. */
    Role chosenRole() {
        for (Role candidate : Role.values()) {
            if (candidate.code().equals(role)) {
                return candidate;
            }
        }
        return null;
    }

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
        Role chosen = chosenRole();
        if (chosen == null) {
            errors.rejectValue("role", "role.missing", "Choose the account's role.");
        } else if (chosen == Role.PRODUCTION && !errors.hasFieldErrors("organization")) {
            if (organization == null) {
                errors.rejectValue("organization", "organization.missing",
                        "A production account acts for an organization: choose one.");
            } else if (!choices.organizationExists(organization)) {
                errors.rejectValue("organization", "organization.unknown",
                        "That organization is not in the registry; choose one from the list.");
            }
        } else if (chosen == Role.PERFORMER && !errors.hasFieldErrors("person")) {
            if (person == null) {
                errors.rejectValue("person", "person.missing",
                        "A performer account is one person: choose who.");
            } else if (!choices.personExists(person)) {
                errors.rejectValue("person", "person.unknown",
                        "That person is not in the registry; choose one from the list.");
            }
        } else if (chosen == Role.REPRESENTATIVE && !errors.hasFieldErrors("representatives")) {
            if (representatives == null || representatives.isEmpty()) {
                errors.rejectValue("representatives", "representatives.missing",
                        "A representative acts for at least one person: choose the person and as whom.");
            } else if (!representatives.stream().allMatch(choices::representativeExists)) {
                errors.rejectValue("representatives", "representatives.unknown",
                        "One of the chosen entries is not in the registry; choose from the list.");
            }
        }
        PasswordChoice.check(passwordMode, password, passwordAgain, errors);
    }

    /** Only the binding the role uses is kept; a stray one from a changed mind is dropped. */
    UUID organizationForRole() {
        return chosenRole() == Role.PRODUCTION ? organization : null;
    }

    UUID personForRole() {
        return chosenRole() == Role.PERFORMER ? person : null;
    }

    /** The representative entries (person, relation, representative's name) a representative account acts as. */
    List<UUID> representativesForRole() {
        return chosenRole() == Role.REPRESENTATIVE ? representatives.stream().distinct().toList() : List.of();
    }

    boolean generatesPassword() {
        return PasswordChoice.GENERATE.equals(passwordMode);
    }

    void forgetPasswords() {
        password = "";
        passwordAgain = "";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public UUID getOrganization() {
        return organization;
    }

    public void setOrganization(UUID organization) {
        this.organization = organization;
    }

    public UUID getPerson() {
        return person;
    }

    public void setPerson(UUID person) {
        this.person = person;
    }

    public List<UUID> getRepresentatives() {
        return representatives;
    }

    public void setRepresentatives(List<UUID> representatives) {
        this.representatives = representatives == null ? new ArrayList<>() : new ArrayList<>(representatives);
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
