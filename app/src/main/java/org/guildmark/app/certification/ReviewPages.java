package org.guildmark.app.certification;

import java.util.UUID;

import org.guildmark.app.keys.Issuer;
import org.guildmark.app.registry.Callers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The certification officers' pages: the queue, a submission with its report, ADL explanation, attestations and
 * justifications and the decision form, and a certificate with its history, holds and status actions.
 */
@Controller
@RequestMapping(ReviewPages.PATH)
class ReviewPages {

    static final String PATH = "/review";

    private final CertificationViews views;
    private final OfficerReview review;
    private final CertificateStatus status;
    private final Callers callers;
    private final Issuer issuer;

    ReviewPages(CertificationViews views, OfficerReview review, CertificateStatus status, Callers callers,
            Issuer issuer) {
        this.views = views;
        this.review = review;
        this.status = status;
        this.callers = callers;
        this.issuer = issuer;
    }

    @GetMapping
    String queue(Model model, @RequestParam(defaultValue = "0") int page) {
        int size = 100;
        int from = Math.max(0, page) * size;
        var rows = views.queue(size + 1, from);
        model.addAttribute("rows", rows.size() > size ? rows.subList(0, size) : rows);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("more", rows.size() > size);
        model.addAttribute("fourEyes", review.fourEyes());
        return "certification/queue";
    }

    @GetMapping("/submissions/{id}")
    String submission(Authentication auth, @PathVariable UUID id, Model model) {
        model.addAttribute("detail", views.detail(callers.of(auth), id));
        model.addAttribute("officer", true);
        return "certification/submission";
    }

    @PostMapping("/submissions/{id}/decision")
    String decide(Authentication auth, @PathVariable UUID id, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reasons, RedirectAttributes redirect) {
        try {
            ReviewDecision.Verdict verdict = "certify".equals(decision) ? ReviewDecision.Verdict.CERTIFY
                    : "reject".equals(decision) ? ReviewDecision.Verdict.REJECT : null;
            if (verdict == null) {
                throw new CertificationRefusal.Invalid("decision", "Choose certify or reject.");
            }
            OfficerReview.Outcome outcome = review.decide(auth.getName(), id, verdict, reasons);
            redirect.addFlashAttribute("message", outcome.certificate()
                    .map(c -> "Certified: certificate " + c.id() + " was issued and logged.")
                    .orElse("Your decision was recorded: the submission is " + outcome.state().label() + "."));
        } catch (CertificationRefusal refusal) {
            redirect.addFlashAttribute("problem", refusal.getMessage());
            redirect.addFlashAttribute("reasons", reasons);
        }
        return "redirect:" + PATH + "/submissions/" + id;
    }

    @GetMapping("/certificates/{id}")
    String certificate(@PathVariable UUID id, Model model) {
        model.addAttribute("detail", views.certificate("urn:uuid:" + id));
        model.addAttribute("publicUrl", issuer.at("/certificates/" + id));
        return "certification/certificate-review";
    }

    @PostMapping("/certificates/{id}/{change:" + CertificateChange.VERBS + "}")
    String change(Authentication auth, @PathVariable UUID id, @PathVariable String change,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        String certificate = "urn:uuid:" + id;
        try {
            Certificate c = CertificateChange.named(change).applyTo(status, auth.getName(), certificate, reason);
            redirect.addFlashAttribute("message", "The certificate is now " + c.state().code() + ".");
        } catch (CertificationRefusal refusal) {
            redirect.addFlashAttribute("problem", refusal.getMessage());
        }
        return "redirect:" + PATH + "/certificates/" + id;
    }
}
