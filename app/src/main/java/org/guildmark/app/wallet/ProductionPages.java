package org.guildmark.app.wallet;

import java.time.Clock;
import java.util.UUID;

import org.guildmark.app.registry.Caller;
import org.guildmark.app.registry.ConsentGrant;
import org.guildmark.app.registry.Callers;
import org.guildmark.app.registry.ConsentRegistry;
import org.guildmark.app.registry.DeletionObligation;
import org.guildmark.app.registry.Organizations;
import org.guildmark.app.registry.RegistryRefusal;
import org.guildmark.app.web.PageOf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * A production account's view: the grants made to its organization with their state, and the deletions it owes
 * after withdrawals, overdue first, each confirmed with the SHA-256 of the evidence and what it shows.
 */
@Controller
@RequestMapping(ProductionPages.PATH)
class ProductionPages {

    static final String PATH = "/production";

    private static final Logger log = LoggerFactory.getLogger(ProductionPages.class);

    private final ConsentRegistry registry;
    private final Callers callers;
    private final WalletViews views;
    private final Organizations organizations;
    private final Clock clock;

    ProductionPages(ConsentRegistry registry, Callers callers, WalletViews views, Organizations organizations,
            Clock clock) {
        this.registry = registry;
        this.callers = callers;
        this.views = views;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping
    String overview(Authentication auth, @RequestParam(defaultValue = "1") int page, Model model) {
        Caller caller = callers.of(auth);
        UUID organization = caller instanceof Caller.Production production ? production.organization() : null;
        model.addAttribute("organization", organization == null ? null
                : organizations.name(organization).orElse("your organization"));
        PageOf<ConsentGrant> grants = PageOf.read(page, PageOf.SIZE, PATH + "?page=",
                (limit, offset) -> registry.grants(caller, limit, offset));
        model.addAttribute("grants", views.cards(caller, grants.items()));
        model.addAttribute("page", grants);
        model.addAttribute("obligations", views.obligations(caller, registry.obligations(caller)));
        return "wallet/production";
    }

    @GetMapping("/obligations/{id}")
    String obligation(Authentication auth, @PathVariable UUID id, Model model) {
        Caller caller = callers.of(auth);
        return confirmationPage(caller, visible(caller, id), new DeletionForm(), model);
    }

    @PostMapping("/obligations/{id}/confirmation")
    String confirm(Authentication auth, @PathVariable UUID id, @ModelAttribute("form") DeletionForm form,
            BindingResult errors, Model model, RedirectAttributes flash) {
        Caller caller = callers.of(auth);
        DeletionObligation obligation = visible(caller, id);
        form.check(errors);
        if (errors.hasErrors()) {
            return confirmationPage(caller, obligation, form, model);
        }
        try {
            registry.confirmDeletion(caller, id, form.getEvidenceSha256(), form.getDescription());
        } catch (RegistryRefusal.NotFound hidden) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (RegistryRefusal refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
            return "redirect:" + PATH;
        }
        log.info("Deletion obligation {} confirmed from the production page", id);
        flash.addFlashAttribute("message", "The deletion is confirmed; the person sees your evidence's SHA-256 "
                + "and description in their wallet.");
        return "redirect:" + PATH;
    }

    private String confirmationPage(Caller caller, DeletionObligation obligation, DeletionForm form, Model model) {
        model.addAttribute("obligation", views.obligation(caller, obligation, clock.instant()));
        model.addAttribute("form", form);
        return "wallet/confirm-deletion";
    }

    private DeletionObligation visible(Caller caller, UUID id) {
        try {
            return registry.obligation(caller, id);
        } catch (RegistryRefusal.NotFound hidden) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
