package org.guildmark.app.wallet;

import java.util.UUID;
import java.util.function.Supplier;

import org.guildmark.app.registry.Caller;
import org.guildmark.app.registry.Callers;
import org.guildmark.app.registry.ConsentGrant;
import org.guildmark.app.registry.ConsentReceipt;
import org.guildmark.app.registry.ConsentRegistry;
import org.guildmark.app.registry.RegistryRefusal;
import org.guildmark.app.web.PageOf;
import org.guildmark.core.dossier.Enums.ApprovalRelation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The consent wallet of a performer, and of each person a representative acts for. What a caller sees and may do
 * is the registry's answer for them: a grant they may not see is a 404, the same as one that does not exist. Every
 * change is a POST with its CSRF token; a withdrawal is confirmed on a page of its own first. Logs name grants by
 * id only.
 */
@Controller
@RequestMapping(WalletPages.PATH)
class WalletPages {

    static final String PATH = "/wallet";

    private static final Logger log = LoggerFactory.getLogger(WalletPages.class);

    private final ConsentRegistry registry;
    private final Callers callers;
    private final WalletViews views;

    WalletPages(ConsentRegistry registry, Callers callers, WalletViews views) {
        this.registry = registry;
        this.callers = callers;
        this.views = views;
    }

    /** A performer's own wallet; for a representative, the people they act for. */
    @GetMapping
    String wallet(Authentication auth, @RequestParam(defaultValue = "1") int page, Model model) {
        Caller caller = callers.of(auth);
        if (caller instanceof Caller.Representative representative) {
            model.addAttribute("people", views.peopleOf(representative));
            return "wallet/people";
        }
        if (caller instanceof Caller.Performer performer && performer.person() != null) {
            return walletOf(caller, performer.person(), true, page, PATH + "?page=", model);
        }
        model.addAttribute("unbound", true);
        return "wallet/wallet";
    }

    @GetMapping("/people/{person}")
    String person(Authentication auth, @PathVariable UUID person, @RequestParam(defaultValue = "1") int page,
            Model model) {
        Caller caller = callers.of(auth);
        if (caller.speaksFor(person).isEmpty()) {
            throw notFound();
        }
        return walletOf(caller, person, caller instanceof Caller.Performer, page,
                PATH + "/people/" + person + "?page=", model);
    }

    @GetMapping("/grants/{id}")
    String grant(Authentication auth, @PathVariable UUID id, Model model) {
        Caller caller = callers.of(auth);
        ConsentGrant grant = visible(caller, id);
        model.addAttribute("grant", views.detail(caller, grant));
        model.addAttribute("own", caller instanceof Caller.Performer);
        model.addAttribute("refusal", new ReasonForm());
        return "wallet/grant";
    }

    @GetMapping("/grants/{id}/withdraw")
    String confirmWithdrawal(Authentication auth, @PathVariable UUID id, Model model) {
        Caller caller = callers.of(auth);
        ConsentGrant grant = visible(caller, id);
        return withdrawalPage(caller, grant, new ReasonForm(), model);
    }

    @PostMapping("/grants/{id}/withdraw")
    String withdraw(Authentication auth, @PathVariable UUID id, @ModelAttribute("form") ReasonForm form,
            BindingResult errors, Model model, RedirectAttributes flash) {
        Caller caller = callers.of(auth);
        ConsentGrant grant = visible(caller, id);
        form.check(errors);
        if (errors.hasErrors()) {
            return withdrawalPage(caller, grant, form, model);
        }
        int before = registry.obligationsOf(caller, id).size();
        return act(id, flash, () -> {
            ConsentGrant after = registry.withdraw(caller, id, null, form.reasonOrNull());
            int created = registry.obligationsOf(caller, id).size() - before;
            log.info("Grant {} withdrawn from the wallet", id);
            return "The consent is withdrawn. It takes effect " + Shown.moment(after.endedAt()) + "; "
                    + (created == 0 ? "no one had used it, so nothing has to be deleted."
                    : created + (created == 1 ? " deletion obligation was" : " deletion obligations were")
                            + " created for those who used it.");
        });
    }

    @PostMapping("/grants/{id}/give")
    String give(Authentication auth, @PathVariable UUID id, RedirectAttributes flash) {
        Caller caller = callers.of(auth);
        visible(caller, id);
        return act(id, flash, () -> {
            ConsentGrant after = registry.give(caller, id);
            log.info("Grant {} given from the wallet", id);
            return after.status().permitsUse() ? "The consent is given."
                    : "Your consent is recorded; the grant takes effect once every approval is in.";
        });
    }

    @PostMapping("/grants/{id}/approve")
    String approve(Authentication auth, @PathVariable UUID id, RedirectAttributes flash) {
        Caller caller = callers.of(auth);
        visible(caller, id);
        if (!(caller instanceof Caller.Representative representative)) {
            throw notFound();
        }
        return act(id, flash, () -> {
            ApprovalRelation as = representative.representationFor(visible(caller, id).terms().person())
                    .flatMap(ConsentRegistry::approvalOf)
                    .orElseThrow(() -> new RegistryRefusal.NotPermitted(
                            "As the person's agent you give no approval of clause 3.4."));
            ConsentGrant after = registry.approve(caller, id, as);
            log.info("Grant {} approved from the wallet", id);
            return after.status().permitsUse() ? "Your approval is recorded and the consent is given."
                    : "Your approval is recorded; the grant still awaits the others.";
        });
    }

    @PostMapping("/grants/{id}/refuse")
    String refuse(Authentication auth, @PathVariable UUID id, @ModelAttribute("refusal") ReasonForm form,
            BindingResult errors, Model model, RedirectAttributes flash) {
        Caller caller = callers.of(auth);
        ConsentGrant grant = visible(caller, id);
        form.check(errors);
        if (errors.hasErrors()) {
            model.addAttribute("grant", views.detail(caller, grant));
            model.addAttribute("own", caller instanceof Caller.Performer);
            return "wallet/grant";
        }
        return act(id, flash, () -> {
            registry.refuse(caller, id, form.reasonOrNull());
            log.info("Grant {} refused from the wallet", id);
            return "The request is refused; the grant never takes effect.";
        });
    }

    /** The signed receipt of one status change, as the compact JWS to keep and verify. */
    @GetMapping("/grants/{id}/receipts/{ordinal}")
    ResponseEntity<String> receipt(Authentication auth, @PathVariable UUID id, @PathVariable int ordinal) {
        Caller caller = callers.of(auth);
        ConsentReceipt receipt;
        try {
            receipt = registry.receipt(caller, id, ordinal);
        } catch (RegistryRefusal.NotFound | RegistryRefusal.NotPermitted hidden) {
            throw notFound();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/jose"))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("consent-receipt-" + id + "-" + ordinal + ".jws").build().toString())
                .body(receipt.jws());
    }

    /** One page of a person's grants, newest first, and every deletion obligation their grants created. */
    private String walletOf(Caller caller, UUID person, boolean own, int page, String link, Model model) {
        Caller forPerson = WalletViews.forPerson(caller, person);
        PageOf<ConsentGrant> grants = PageOf.read(page, PageOf.SIZE, link,
                (limit, offset) -> registry.grants(forPerson, limit, offset));
        model.addAttribute("own", own);
        model.addAttribute("personName", views.personName(person));
        model.addAttribute("grants", views.cards(caller, grants.items()));
        model.addAttribute("page", grants);
        model.addAttribute("obligations", views.obligations(caller, registry.obligations(forPerson)));
        return "wallet/wallet";
    }

    private String withdrawalPage(Caller caller, ConsentGrant grant, ReasonForm form, Model model) {
        WalletViews.GrantDetail detail = views.detail(caller, grant);
        if (!detail.actions().withdraw()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "This grant is " + grant.status().code() + "; it cannot be withdrawn.");
        }
        model.addAttribute("grant", detail);
        model.addAttribute("preview", views.withdrawal(caller, grant));
        model.addAttribute("form", form);
        model.addAttribute("own", caller instanceof Caller.Performer);
        return "wallet/withdraw";
    }

    /** Runs a change; the registry's refusal comes back as a message on the grant's page. */
    private String act(UUID id, RedirectAttributes flash, Supplier<String> change) {
        try {
            flash.addFlashAttribute("message", change.get());
        } catch (RegistryRefusal.NotFound hidden) {
            throw notFound();
        } catch (RegistryRefusal refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:" + PATH + "/grants/" + id;
    }

    private ConsentGrant visible(Caller caller, UUID id) {
        try {
            return registry.grant(caller, id);
        } catch (RegistryRefusal.NotFound hidden) {
            throw notFound();
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
