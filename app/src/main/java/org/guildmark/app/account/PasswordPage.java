package org.guildmark.app.account;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.guildmark.app.security.Account;
import org.guildmark.app.security.AccountChanges;
import org.guildmark.app.security.AccountPrincipal;
import org.guildmark.app.security.Accounts;
import org.guildmark.app.security.LoginThrottle;
import org.guildmark.app.security.SignedInSessions;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/password}: the signed-in account chooses its own password, confirming the current one. An
 * account whose password someone else set is sent here from every page until it has. The change ends the
 * account's other sessions and keeps this one signed in; its API tokens stay. A wrong current password counts as
 * a failed sign-in, so the page cannot be used to guess it faster than the sign-in form.
 */
@Controller
@RequestMapping(PasswordPage.PATH)
class PasswordPage {

    static final String PATH = "/account/password";

    private final Accounts accounts;
    private final AccountChanges changes;
    private final SignedInSessions sessions;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;

    PasswordPage(Accounts accounts, AccountChanges changes, SignedInSessions sessions, PasswordEncoder encoder,
            LoginThrottle throttle) {
        this.accounts = accounts;
        this.changes = changes;
        this.sessions = sessions;
        this.encoder = encoder;
        this.throttle = throttle;
    }

    @GetMapping
    String form(Authentication viewer, Model model) {
        return page(viewer, new PasswordForm(), model);
    }

    @PostMapping
    String change(Authentication viewer, @ModelAttribute("form") PasswordForm form, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        form.check(errors);
        if (errors.hasErrors()) {
            form.forgetPasswords();
            return page(viewer, form, model);
        }
        Account account = account(viewer).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (throttle.isLocked(account.username())) {
            errors.rejectValue("currentPassword", "currentPassword.locked", "Too many wrong passwords for this "
                    + "account: try again in " + LoginThrottle.LOCK.toMinutes() + " minutes.");
        } else if (!encoder.matches(form.getCurrentPassword(), account.passwordHash())) {
            throttle.failed(account.username());
            errors.rejectValue("currentPassword", "currentPassword.wrong",
                    "This is not your current password; enter the one you signed in with.");
        }
        if (errors.hasErrors()) {
            form.forgetPasswords();
            return page(viewer, form, model);
        }
        throttle.succeeded(account.username());
        changes.changeOwnPassword(account.id(), form.getNewPassword());
        sessions.renew(viewer, request, response);
        flash.addFlashAttribute("message", "Your password is changed. Any other place you were signed in has "
                + "been signed out.");
        return "redirect:/";
    }

    private String page(Authentication viewer, PasswordForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("required", account(viewer).map(Account::mustChangePassword).orElse(false));
        return "account/password";
    }

    private Optional<Account> account(Authentication viewer) {
        return viewer.getPrincipal() instanceof AccountPrincipal principal
                ? accounts.find(principal.accountId())
                : accounts.find(viewer.getName());
    }
}
