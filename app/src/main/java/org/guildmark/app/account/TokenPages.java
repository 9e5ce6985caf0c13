package org.guildmark.app.account;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.guildmark.app.registry.Organizations;
import org.guildmark.app.security.ApiCaller;
import org.guildmark.app.security.ApiCallers;
import org.guildmark.app.security.ApiToken;
import org.guildmark.app.security.IssuedToken;
import org.guildmark.app.security.Role;
import org.guildmark.app.security.TokenManagement;
import org.guildmark.app.security.TokenScope;
import org.guildmark.app.web.PageOf;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
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
 * {@code /account/tokens}: the API tokens of the signed-in production account's organization, or for an admin of
 * every organization. The list never shows a secret, only the first characters that tell tokens apart; a new
 * token's secret is shown once, in the answer to the form that created it, and never again. Revoking is a POST
 * after a confirmation page. A token the viewer does not manage is a 404, like one that does not exist.
 */
@Controller
@RequestMapping(TokenPages.PATH)
class TokenPages {

    static final String PATH = "/account/tokens";

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    /** One token as the list shows it. */
    record TokenRow(UUID id, String name, String prefix, String organization, String scopes, String createdBy,
                    String created, String expires, String lastUsed, String state, boolean active) {
    }

    /** A scope to tick in the form. */
    record ScopeOption(String code, String description) {
    }

    /** An organization to choose (admins). */
    record OrganizationOption(UUID id, String name) {
    }

    private final TokenManagement management;
    private final ApiCallers callers;
    private final Organizations organizations;
    private final Clock clock;

    TokenPages(TokenManagement management, ApiCallers callers, Organizations organizations, Clock clock) {
        this.management = management;
        this.callers = callers;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "1") int page, Authentication viewer, Model model) {
        TokenForm form = new TokenForm();
        form.setExpiresOn(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .plusDays(TokenManagement.DEFAULT_LIFETIME.toDays()).toString());
        form.setScopes(List.of(TokenScope.CONSENT_CHECK.code()));
        return listPage(callers.of(viewer), page, form, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") TokenForm form, BindingResult errors, Authentication viewer,
            Model model) {
        ApiCaller caller = callers.of(viewer);
        Instant expiresAt = null;
        try {
            expiresAt = LocalDate.parse(form.getExpiresOn().strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException | NullPointerException notADay) {
            errors.rejectValue("expiresOn", "expiresOn.invalid", "Give the last day as a date, e.g. 2027-03-01.");
        }
        if (!errors.hasErrors()) {
            try {
                IssuedToken issued = management.issue(new TokenManagement.Request(form.getName(), form.getScopes(),
                        expiresAt, caller.role() == Role.ADMIN ? form.getOrganization() : null), caller.role(),
                        caller.organization(), viewer.getName());
                model.addAttribute("token", row(issued.token(), names(caller)));
                model.addAttribute("secret", issued.secret());
                return "account/token-created";
            } catch (TokenManagement.Refused refused) {
                errors.rejectValue(field(refused.field()), "token." + field(refused.field()), refused.getMessage());
            }
        }
        return listPage(caller, 1, form, model);
    }

    @GetMapping("/{id}/revoke")
    String confirmRevocation(@PathVariable UUID id, Authentication viewer, Model model) {
        ApiCaller caller = callers.of(viewer);
        ApiToken token = management.find(id, caller.role(), caller.organization()).orElseThrow(TokenPages::notFound);
        model.addAttribute("token", row(token, names(caller)));
        return "account/token-revoke";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable UUID id, Authentication viewer, RedirectAttributes flash) {
        ApiCaller caller = callers.of(viewer);
        ApiToken token = management.revoke(id, caller.role(), caller.organization()).orElseThrow(TokenPages::notFound);
        flash.addFlashAttribute("message", "The token '" + token.name() + "' (" + token.prefix() + "…) is revoked: "
                + "the machines using it are refused from now on.");
        return "redirect:" + PATH;
    }

    private String listPage(ApiCaller caller, int page, TokenForm form, Model model) {
        Map<UUID, String> names = names(caller);
        PageOf<ApiToken> shown = PageOf.read(page, PageOf.SIZE, PATH + "?page=",
                (limit, offset) -> management.visible(caller.role(), caller.organization(), limit, offset));
        model.addAttribute("tokens", shown.items().stream().map(t -> row(t, names)).toList());
        model.addAttribute("page", shown);
        model.addAttribute("admin", caller.role() == Role.ADMIN);
        model.addAttribute("organizationName", caller.organization() == null ? null
                : names.getOrDefault(caller.organization(), "your organization"));
        model.addAttribute("organizations", caller.role() == Role.ADMIN
                ? names.entrySet().stream().map(e -> new OrganizationOption(e.getKey(), e.getValue()))
                        .sorted(java.util.Comparator.comparing(OrganizationOption::name)).toList()
                : List.of());
        model.addAttribute("scopeOptions", TokenScope.grantableBy(caller.role()).stream()
                .map(scope -> new ScopeOption(scope.code(), describe(scope))).toList());
        model.addAttribute("form", form);
        return "account/tokens";
    }

    private TokenRow row(ApiToken token, Map<UUID, String> names) {
        Instant now = clock.instant();
        String state = token.revoked() ? "Revoked " + DAY.format(token.revokedAt())
                : token.expiredAt(now) ? "Expired" : "Active";
        return new TokenRow(token.id(), token.name(), token.prefix(),
                names.getOrDefault(token.organization(), "an organization"),
                token.scopes().stream().map(TokenScope::code).sorted().collect(Collectors.joining(", ")),
                token.createdBy(), MOMENT.format(token.createdAt()), DAY.format(token.expiresAt()),
                token.lastUsedAt() == null ? "Never" : MOMENT.format(token.lastUsedAt()), state,
                !token.revoked() && !token.expiredAt(now));
    }

    /** Organization names by id: every organization for an admin, the viewer's own otherwise. */
    private Map<UUID, String> names(ApiCaller caller) {
        if (caller.role() == Role.ADMIN) {
            return organizations.list(Integer.MAX_VALUE, 0).stream()
                    .collect(Collectors.toMap(Organizations.Listed::id, Organizations.Listed::name, (a, b) -> a));
        }
        if (caller.organization() == null) {
            return Map.of();
        }
        return organizations.name(caller.organization()).map(name -> Map.of(caller.organization(), name))
                .orElse(Map.of());
    }

    /** The form field a refusal of the token's terms is about. */
    private static String field(String refused) {
        return switch (refused.contains("/") ? refused.substring(0, refused.indexOf('/')) : refused) {
            case "expiresAt" -> "expiresOn";
            case "scopes" -> "scopes";
            case "organization" -> "organization";
            default -> "name";
        };
    }

    private static String describe(TokenScope scope) {
        return switch (scope) {
            case CONSENT_CHECK -> "Ask whether a use of someone's likeness is covered by consent";
        };
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
