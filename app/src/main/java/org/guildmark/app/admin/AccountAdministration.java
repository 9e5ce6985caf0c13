package org.guildmark.app.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.guildmark.app.registry.RegisteredRepresentative;
import org.guildmark.app.registry.RepresentedPeople;
import org.guildmark.app.security.Account;
import org.guildmark.app.security.AccountChanges;
import org.guildmark.app.security.Accounts;
import org.guildmark.app.security.PasswordKind;
import org.guildmark.app.security.Role;
import org.guildmark.app.web.PageOf;
import org.guildmark.app.web.RoleDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's account pages. Every form carries a CSRF token (Thymeleaf adds it to each {@code th:action} form); a
 * refused form comes back with what was typed, passwords aside. Logs name accounts by id only and never carry a
 * password. A password an admin sets (generated or typed) is temporary: its holder chooses their own at the next
 * sign-in. Disabling, a new role or binding and a password reset end the account's sessions ({@link AccountChanges}).
 */
@Controller
@RequestMapping(AccountAdministration.PATH)
class AccountAdministration {

    static final String PATH = "/admin/accounts";

    private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    /** One account as the list shows it. */
    record AccountRow(UUID id, String username, String role, String boundTo, boolean enabled, String created,
                      boolean self) {
    }

    /** A role to choose in the form. */
    record RoleOption(String code, String label, String binding) {
    }

    private final Accounts accounts;
    private final AccountChanges changes;
    private final BindingChoices choices;
    private final RepresentedPeople represented;
    private final TransactionOperations transactions;

    AccountAdministration(Accounts accounts, AccountChanges changes, BindingChoices choices,
            RepresentedPeople represented, TransactionOperations transactions) {
        this.accounts = accounts;
        this.changes = changes;
        this.choices = choices;
        this.represented = represented;
        this.transactions = transactions;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "1") int page, Authentication viewer, Model model) {
        Map<UUID, String> organizations = choices.organizationNames();
        Map<UUID, String> people = choices.personNames();
        PageOf<Account> shown = PageOf.read(page, PageOf.SIZE, PATH + "?page=", accounts::list);
        model.addAttribute("accounts", shown.items().stream()
                .map(account -> new AccountRow(account.id(), account.username(),
                        RoleDescription.of(account.role()).label(), boundTo(account, organizations, people),
                        account.enabled(), DAY.format(account.createdAt()),
                        account.username().equals(viewer.getName())))
                .toList());
        model.addAttribute("page", shown);
        model.addAttribute("total", accounts.count());
        return "admin/accounts";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        return form(new NewAccountForm(), model);
    }

    @PostMapping
    String create(@ModelAttribute("form") NewAccountForm form, BindingResult errors, Model model) {
        form.check(choices, errors);
        if (!errors.hasErrors() && accounts.find(form.getUsername()).isPresent()) {
            errors.rejectValue("username", "username.taken",
                    "An account with this username exists already; choose another.");
        }
        if (errors.hasErrors()) {
            form.forgetPasswords();
            return form(form, model);
        }
        String password = form.generatesPassword() ? OneTimePassword.generate() : form.getPassword();
        Role role = form.chosenRole();
        Account account;
        try {
            // The account and what it acts as are stored together, or neither.
            account = transactions.execute(status -> {
                Account created = accounts.create(form.getUsername(), password, role, form.organizationForRole(),
                        form.personForRole(), PasswordKind.TEMPORARY);
                form.representativesForRole().forEach(entry -> represented.bind(created.id(), entry));
                return created;
            });
        } catch (DuplicateKeyException takenMeanwhile) {
            errors.rejectValue("username", "username.taken",
                    "An account with this username exists already; choose another.");
            form.forgetPasswords();
            return form(form, model);
        }
        log.info("Account {} created with role {}", account.id(), role.code());
        model.addAttribute("account", account);
        model.addAttribute("roleLabel", RoleDescription.of(role).label());
        model.addAttribute("generatedPassword", form.generatesPassword() ? password : null);
        return "admin/account-created";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable UUID id, Authentication viewer, RedirectAttributes flash) {
        Account account = existing(id);
        if (account.username().equals(viewer.getName())) {
            flash.addFlashAttribute("problem", "You cannot disable your own account; ask another admin.");
            return "redirect:" + PATH;
        }
        changes.disable(id);
        flash.addFlashAttribute("message", "The account '" + account.username() + "' is disabled: it can no "
                + "longer sign in, its sessions have ended and its API tokens are revoked.");
        return "redirect:" + PATH;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable UUID id, RedirectAttributes flash) {
        Account account = existing(id);
        changes.enable(id);
        flash.addFlashAttribute("message", "The account '" + account.username() + "' is enabled again.");
        return "redirect:" + PATH;
    }

    @GetMapping("/{id}/password")
    String passwordForm(@PathVariable UUID id, Model model) {
        model.addAttribute("account", existing(id));
        model.addAttribute("form", new PasswordForm());
        return "admin/password";
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable UUID id, @ModelAttribute("form") PasswordForm form, BindingResult errors,
            Model model) {
        Account account = existing(id);
        model.addAttribute("account", account);
        form.check(errors);
        if (errors.hasErrors()) {
            form.forgetPasswords();
            return "admin/password";
        }
        String password = form.generatesPassword() ? OneTimePassword.generate() : form.getPassword();
        changes.resetPassword(id, password);
        model.addAttribute("generatedPassword", form.generatesPassword() ? password : null);
        return "admin/password-set";
    }

    @GetMapping("/{id}/role")
    String roleForm(@PathVariable UUID id, Model model) {
        Account account = existing(id);
        return rolePage(account, RoleForm.of(account), model);
    }

    @PostMapping("/{id}/role")
    String changeRole(@PathVariable UUID id, @ModelAttribute("form") RoleForm form, BindingResult errors,
            Authentication viewer, Model model, RedirectAttributes flash) {
        Account account = existing(id);
        form.check(account.role(), choices, errors);
        if (!errors.hasErrors() && account.username().equals(viewer.getName()) && form.chosenRole() != Role.ADMIN) {
            errors.rejectValue("role", "role.self", "You cannot take the admin role from yourself; ask another admin.");
        }
        if (errors.hasErrors()) {
            return rolePage(account, form, model);
        }
        changes.changeRole(id, form.chosenRole(), form.organizationForRole(), form.personForRole());
        flash.addFlashAttribute("message", "The account '" + account.username() + "' is now "
                + RoleDescription.of(form.chosenRole()).label() + "; its sessions have ended and its API tokens "
                + "are revoked.");
        return "redirect:" + PATH;
    }

    private String rolePage(Account account, RoleForm form, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("roles", roleOptions());
        model.addAttribute("organizations", choices.organizations());
        model.addAttribute("people", choices.people());
        return "admin/account-role";
    }

    private static List<RoleOption> roleOptions() {
        return Arrays.stream(Role.values())
                .map(role -> new RoleOption(role.code(), RoleDescription.of(role).label(), switch (role) {
                    case PRODUCTION -> "acts for an organization";
                    case PERFORMER -> "is one person";
                    case REPRESENTATIVE -> "acts for the people they represent";
                    default -> "";
                }))
                .toList();
    }

    private String form(NewAccountForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("roles", roleOptions());
        model.addAttribute("organizations", choices.organizations());
        model.addAttribute("people", choices.people());
        model.addAttribute("representatives", choices.representatives());
        return "admin/account-new";
    }

    private Account existing(UUID id) {
        return accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String boundTo(Account account, Map<UUID, String> organizations, Map<UUID, String> people) {
        if (account.organization() != null) {
            return organizations.getOrDefault(account.organization(), "unknown organization");
        }
        if (account.person() != null) {
            return people.getOrDefault(account.person(), "unknown person");
        }
        if (account.role() == Role.REPRESENTATIVE) {
            return represented.entriesOf(account.id()).stream()
                    .map(RegisteredRepresentative::label)
                    .collect(Collectors.joining("; "));
        }
        return "";
    }
}
