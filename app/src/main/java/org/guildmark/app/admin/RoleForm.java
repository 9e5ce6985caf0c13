package org.guildmark.app.admin;

import java.util.UUID;

import org.guildmark.app.security.Role;
import org.springframework.validation.Errors;

/**
 * What an admin chooses to give an account another role: the role and the organization or person it binds to. A
 * representative's people are chosen when the account is created; moving an account into or out of that role is
 * refused here, so no representative binding is left behind or made half.
 */
public class RoleForm {

    private String role = "";
    private UUID organization;
    private UUID person;

    static RoleForm of(org.guildmark.app.security.Account account) {
        RoleForm form = new RoleForm();
        form.role = account.role().code();
        form.organization = account.organization();
        form.person = account.person();
        return form;
    }

    Role chosenRole() {
        for (Role candidate : Role.values()) {
            if (candidate.code().equals(role)) {
                return candidate;
            }
        }
        return null;
    }

    void check(Role current, BindingChoices choices, Errors errors) {
        Role chosen = chosenRole();
        if (chosen == null) {
            errors.rejectValue("role", "role.missing", "Choose the account's role.");
        } else if (chosen == Role.REPRESENTATIVE || current == Role.REPRESENTATIVE) {
            errors.rejectValue("role", "role.representative", chosen == current
                    ? "A representative's people are chosen when the account is created; create another account "
                            + "for other people."
                    : "An account cannot be moved into or out of the representative role; create another account "
                            + "and disable this one.");
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
                errors.rejectValue("person", "person.missing", "A performer account is one person: choose who.");
            } else if (!choices.personExists(person)) {
                errors.rejectValue("person", "person.unknown",
                        "That person is not in the registry; choose one from the list.");
            }
        }
    }

    UUID organizationForRole() {
        return chosenRole() == Role.PRODUCTION ? organization : null;
    }

    UUID personForRole() {
        return chosenRole() == Role.PERFORMER ? person : null;
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
}
