package org.guildmark.app.certification;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.guildmark.app.registry.Caller;
import org.guildmark.app.registry.Callers;
import org.guildmark.app.registry.Organizations;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A production's certification pages: upload a dossier for one of its productions, follow each version's audit,
 * justify major findings, compare a version with the one before, read the officers' decisions.
 */
@Controller
@RequestMapping(SubmissionPages.PATH)
class SubmissionPages {

    static final String PATH = "/production/submissions";

    private final SubmissionIntake intake;
    private final CertificationViews views;
    private final Organizations organizations;
    private final Callers callers;

    SubmissionPages(SubmissionIntake intake, CertificationViews views, Organizations organizations, Callers callers) {
        this.intake = intake;
        this.views = views;
        this.organizations = organizations;
        this.callers = callers;
    }

    /** A production of the organization, with its versions. */
    record ProductionRow(Organizations.ListedProduction production, List<CertificationViews.Summary> versions) {
    }

    @GetMapping
    String list(Authentication auth, Model model) {
        Caller caller = callers.of(auth);
        List<ProductionRow> rows = List.of();
        if (caller instanceof Caller.Production p && p.organization() != null) {
            rows = organizations.productions(p.organization(), 1000, 0).stream()
                    .map(production -> new ProductionRow(production, views.ofProduction(caller, production.id())))
                    .toList();
        }
        model.addAttribute("rows", rows);
        model.addAttribute("maximumMegabytes", intake.maximumBytes() / (1024 * 1024));
        return "certification/submissions";
    }

    @PostMapping
    String upload(Authentication auth, @RequestParam(required = false) UUID production,
            @RequestParam(required = false) MultipartFile dossier, RedirectAttributes redirect) {
        try {
            if (production == null) {
                throw new CertificationRefusal.Invalid("production", "Choose the production the dossier is for.");
            }
            if (dossier == null || dossier.isEmpty()) {
                throw new CertificationRefusal.Invalid("dossier", "Choose the dossier file (YAML or JSON) to upload.");
            }
            Submission s = intake.submit(callers.of(auth), production, dossier.getOriginalFilename(),
                    dossier.getBytes());
            redirect.addFlashAttribute("message", "Version " + s.version() + " was audited and queued for review.");
            return "redirect:" + PATH + "/" + s.id();
        } catch (CertificationRefusal refusal) {
            redirect.addFlashAttribute("problem", refusal.getMessage());
            if (refusal instanceof CertificationRefusal.Invalid invalid) {
                redirect.addFlashAttribute("problems", invalid.problems());
            }
            return "redirect:" + PATH;
        } catch (IOException e) {
            redirect.addFlashAttribute("problem", "The upload did not arrive whole; try again.");
            return "redirect:" + PATH;
        }
    }

    @GetMapping("/{id}")
    String submission(Authentication auth, @PathVariable UUID id, Model model) {
        model.addAttribute("detail", views.detail(callers.of(auth), id));
        model.addAttribute("officer", false);
        return "certification/submission";
    }

    @PostMapping("/{id}/justifications")
    String justify(Authentication auth, @PathVariable UUID id, @RequestParam String finding,
            @RequestParam(required = false) String justification, RedirectAttributes redirect) {
        try {
            intake.justify(callers.of(auth), id, finding, justification);
            redirect.addFlashAttribute("message", "Your justification of " + finding + " was recorded.");
        } catch (CertificationRefusal refusal) {
            redirect.addFlashAttribute("problem", refusal.getMessage());
        }
        return "redirect:" + PATH + "/" + id;
    }
}
