package org.guildmark.app.enforcement;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.guildmark.app.registry.Organizations;
import org.guildmark.app.security.Account;
import org.guildmark.app.security.Accounts;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A production account's view of the committee's decisions about its organization, with the appeal form while the
 * window is open; and the public record of each public sanction, with its canonical JSON for anyone to hash.
 */
@Controller
class SanctionPages {

    static final String PATH = "/production/sanctions";

    private final Cases cases;
    private final Decisions decisions;
    private final Adjudication adjudication;
    private final Accounts accounts;
    private final Organizations organizations;
    private final Clock clock;

    SanctionPages(Cases cases, Decisions decisions, Adjudication adjudication, Accounts accounts,
            Organizations organizations, Clock clock) {
        this.cases = cases;
        this.decisions = decisions;
        this.adjudication = adjudication;
        this.accounts = accounts;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** A decided case as the party it is about sees it. */
    public record Decided(EnforcementCase filed, String subject, Decisions.Decision decision,
            List<Decisions.Sanction> sanctions, Optional<Decisions.Appeal> appeal,
            Optional<Decisions.Decision> appealDecision, java.time.Instant appealUntil, boolean mayAppeal) {
    }

    @GetMapping(PATH)
    String list(Authentication auth, Model model) {
        model.addAttribute("decided", decided(organization(auth)));
        return "enforcement/production-sanctions";
    }

    @PostMapping(PATH + "/{id}/appeal")
    String appeal(Authentication auth, @PathVariable UUID id, @RequestParam(required = false) String grounds,
            RedirectAttributes redirect) {
        UUID organization = organization(auth);
        EnforcementCase c = cases.find(id).filter(k -> organization != null && organization.equals(k.organization()))
                .filter(k -> decisions.find(k.id(), Decisions.Stage.DECISION).isPresent())
                .orElseThrow(() -> new EnforcementRefusal.NotFound("decision"));
        try {
            adjudication.lodgeAppeal(c.id(), auth.getName(), "subject", grounds);
            redirect.addFlashAttribute("message", "Your appeal on case " + c.reference() + " was lodged: members "
                    + "of the committee who did not decide the case will hear it.");
        } catch (EnforcementRefusal.Invalid | EnforcementRefusal.Conflict refusal) {
            redirect.addFlashAttribute("problem", refusal.getMessage());
            redirect.addFlashAttribute("typed", grounds);
        }
        return "redirect:" + PATH;
    }

    @GetMapping("/sanctions/{id}")
    String publicSanction(@PathVariable UUID id, Model model) {
        Decisions.Sanction s = published(id);
        EnforcementCase c = cases.find(s.caseId()).orElseThrow();
        model.addAttribute("sanction", s);
        model.addAttribute("reference", c.reference());
        model.addAttribute("organization", s.organization() == null ? null
                : organizations.name(s.organization()).orElse(null));
        model.addAttribute("production", s.production() == null ? null
                : organizations.findProduction(s.production()).orElse(null));
        return "enforcement/sanction";
    }

    @GetMapping("/sanctions/{id}.json")
    ResponseEntity<byte[]> publicJson(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(published(id).publicJson().getBytes(StandardCharsets.UTF_8));
    }

    private Decisions.Sanction published(UUID id) {
        return decisions.sanction(id).filter(s -> s.published() && s.sha256() != null)
                .orElseThrow(() -> new EnforcementRefusal.NotFound("public sanction"));
    }

    private UUID organization(Authentication auth) {
        return accounts.find(auth.getName()).filter(Account::enabled).map(Account::organization).orElse(null);
    }

    private List<Decided> decided(UUID organization) {
        if (organization == null) {
            return List.of();
        }
        return cases.ofOrganization(organization).stream().flatMap(c -> decisions.find(c.id(),
                Decisions.Stage.DECISION).stream().map(d -> {
                    java.time.Instant until = adjudication.appealUntil(d);
                    Optional<Decisions.Appeal> appeal = decisions.appeal(c.id());
                    return new Decided(c, c.production() == null ? organizations.name(organization).orElse("")
                            : organizations.findProduction(c.production()).map(Organizations.Production::title)
                            .orElse(""), d, decisions.sanctions(c.id()), appeal,
                            decisions.find(c.id(), Decisions.Stage.APPEAL), until,
                            c.state() == CaseState.DECISION && appeal.isEmpty() && clock.instant().isBefore(until));
                })).toList();
    }
}
