package org.guildmark.app.admin;

import org.guildmark.app.security.Account;
import org.guildmark.app.security.Role;
import org.springframework.validation.Errors;

/**
 * What an admin chooses to give an account another role: the role and the organization or person it binds to. A
 * representative's people are chosen when the account is created; moving an account into or out of that role is
 * refused here, so no representative binding is left behind or made half.
 */
public class RoleForm extends RoleBindingForm {

    static RoleForm of(Account account) {
        RoleForm form = new RoleForm();
        form.setRole(account.role().code());
        form.setOrganization(account.organization());
        form.setPerson(account.person());
        return form;
    }

    void check(Role current, BindingChoices choices, Errors errors) {
        Role chosen = chosenRole();
        if (chosen != null && (chosen == Role.REPRESENTATIVE || current == Role.REPRESENTATIVE)) {
            errors.rejectValue("role", "role.representative", chosen == current
                    ? "A representative's people are chosen when the account is created; create another account "
                            + "for other people."
                    : "An account cannot be moved into or out of the representative role; create another account "
                            + "and disable this one.");
        } else {
            checkRoleAndBinding(choices, errors);
        }
    }
}
