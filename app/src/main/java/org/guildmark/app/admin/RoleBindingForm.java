package org.guildmark.app.admin;

import java.util.UUID;

import org.guildmark.app.security.Role;
import org.springframework.validation.Errors;

/**
 * The role a form chooses and the organization or person that role binds to, as creating an account and changing
 * its role both ask. A mutable bean for form binding; the fields keep their plain names ({@code role},
 * {@code organization}, {@code person}) so the pages' field names and ids stay as they are.
 */
public abstract class RoleBindingForm {

    private String role = "";
    private UUID organization;
    private UUID person;

    /** The chosen role, when it is one. */
    Role chosenRole() {
        for (Role candidate : Role.values()) {
            if (candidate.code().equals(role)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Checks that a role is chosen and that a production's organization or a performer's person is chosen and in
     * the registry. A field that did not bind (not an id) has its message already and is not checked again.
     */
    void checkRoleAndBinding(BindingChoices choices, Errors errors) {
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
                errors.rejectValue("person", "person.missing", "A performer account is one person: choose who.");
            } else if (!choices.personExists(person)) {
                errors.rejectValue("person", "person.unknown",
                        "That person is not in the registry; choose one from the list.");
            }
        }
    }

    /** Only the binding the role uses is kept; a stray one from a changed mind is dropped. */
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
