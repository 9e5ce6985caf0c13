package org.guildmark.app.enforcement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ethics committee's pages: the dashboard (cases by state, overdue first), a case with its timeline, evidence,
 * messages, notes and the decision and appeal forms, and the declared conflicts of interest.
 */
@Controller
@RequestMapping(CommitteePages.PATH)
class CommitteePages {

    static final String PATH = "/committee";

    private final CaseWork work;
    private final Adjudication adjudication;
    private final Clock clock;

    CommitteePages(CaseWork work, Adjudication adjudication, Clock clock) {
        this.work = work;
        this.adjudication = adjudication;
        this.clock = clock;
    }

    @GetMapping
    String dashboard(Authentication auth, Model model) {
        model.addAttribute("dashboard", work.dashboard(auth.getName()));
        model.addAttribute("states", CaseState.values());
        return "enforcement/dashboard";
    }

    @GetMapping("/cases/{id}")
    String casePage(Authentication auth, @PathVariable UUID id, Model model) {
        return casePage(auth, id, model, null, Map.of(), new DecisionForm());
    }

    @PostMapping("/cases/{id}/state")
    String move(Authentication auth, @PathVariable UUID id, @RequestParam(required = false) String to,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, reason, () -> {
            work.move(auth.getName(), id, to, reason);
            return "The case is now " + CaseState.ofCode(to).label() + ".";
        });
    }

    @PostMapping("/cases/{id}/assignments")
    String assign(Authentication auth, @PathVariable UUID id, @RequestParam(required = false) String member,
            RedirectAttributes redirect) {
        return act(id, redirect, null, () -> {
            work.assign(auth.getName(), id, member);
            return member + " is assigned.";
        });
    }

    @PostMapping("/cases/{id}/assignments/release")
    String release(Authentication auth, @PathVariable UUID id, @RequestParam(required = false) String member,
            RedirectAttributes redirect) {
        return act(id, redirect, null, () -> {
            work.release(auth.getName(), id, member);
            return member + " is no longer assigned.";
        });
    }

    @PostMapping("/cases/{id}/notes")
    String note(Authentication auth, @PathVariable UUID id, @RequestParam(required = false) String body,
            RedirectAttributes redirect) {
        return act(id, redirect, body, () -> {
            work.note(auth.getName(), id, body);
            return "The note was added.";
        });
    }

    @PostMapping("/cases/{id}/messages")
    String message(Authentication auth, @PathVariable UUID id, @RequestParam(required = false) String body,
            RedirectAttributes redirect) {
        return act(id, redirect, body, () -> {
            work.message(auth.getName(), id, body);
            return "The message was sent: the reporter reads it with their receipt.";
        });
    }

    @PostMapping("/cases/{id}/evidence")
    String evidence(Authentication auth, @PathVariable UUID id,
            @RequestParam(name = "attachments", required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        return act(id, redirect, null, () -> {
            work.evidence(auth.getName(), id, ComplaintPages.uploads(files));
            return "The evidence was added.";
        });
    }

    @PostMapping("/cases/{id}/subject")
    String subject(Authentication auth, @PathVariable UUID id, @RequestParam(required = false) String production,
            @RequestParam(required = false) UUID organization, @RequestParam(required = false) UUID person,
            RedirectAttributes redirect) {
        return act(id, redirect, null, () -> {
            work.subject(auth.getName(), id, production, organization, person);
            return "The case is linked to what it is about.";
        });
    }

    @PostMapping("/cases/{id}/decision")
    String decide(Authentication auth, @PathVariable UUID id, @ModelAttribute("decisionForm") DecisionForm form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        List<EnforcementRefusal.Problem> problems = new ArrayList<>();
        Adjudication.DecisionRequest request = form.request(clock.instant(), problems);
        try {
            if (!problems.isEmpty()) {
                throw adjudication.refusedDecision(id, auth.getName(), new EnforcementRefusal.Invalid(problems));
            }
            adjudication.decide(auth.getName(), id, request);
        } catch (EnforcementRefusal.Invalid invalid) {
            response.setStatus(400);
            return casePage(auth, id, model, "The decision was not recorded: " + invalid.getMessage(),
                    decisionErrors(invalid), form);
        } catch (EnforcementRefusal.Conflict conflict) {
            response.setStatus(409);
            return casePage(auth, id, model, conflict.getMessage(), Map.of(), form);
        }
        redirect.addFlashAttribute("message", "The decision was recorded; sanctions already effective act now.");
        return "redirect:" + PATH + "/cases/" + id;
    }

    @PostMapping("/cases/{id}/appeal")
    String appeal(Authentication auth, @PathVariable UUID id, @RequestParam(required = false) String grounds,
            RedirectAttributes redirect) {
        return act(id, redirect, grounds, () -> {
            adjudication.lodgeAppeal(id, auth.getName(), "committee", grounds);
            return "The appeal was recorded.";
        });
    }

    @PostMapping("/cases/{id}/appeal-decision")
    String decideAppeal(Authentication auth, @PathVariable UUID id, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String reasons, @RequestParam(required = false) List<String> panel,
            RedirectAttributes redirect) {
        return act(id, redirect, reasons, () -> {
            adjudication.decideAppeal(auth.getName(), id, outcome, reasons, panel);
            return "The appeal decision was recorded.";
        });
    }

    @PostMapping("/cases/{id}/reporter")
    String reporter(Authentication auth, @PathVariable UUID id, Model model) {
        model.addAttribute("reporterIdentity", work.reporter(auth.getName(), id).orElse(null));
        model.addAttribute("identityShown", true);
        return casePage(auth, id, model, null, Map.of(), new DecisionForm());
    }

    @GetMapping("/cases/{id}/attachments/{attachment}")
    ResponseEntity<byte[]> attachment(Authentication auth, @PathVariable UUID id, @PathVariable UUID attachment) {
        CaseWork.Download download = work.attachment(auth.getName(), id, attachment)
                .orElseThrow(() -> new EnforcementRefusal.NotFound("attachment"));
        // Always a download, never rendered in this origin, whatever the file holds.
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.attachment().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .header("Content-Security-Policy", "sandbox")
                .body(download.bytes());
    }

    @GetMapping("/conflicts")
    String conflicts(Model model) {
        model.addAttribute("conflicts", work.conflicts());
        return "enforcement/conflicts";
    }

    @PostMapping("/conflicts")
    String declare(Authentication auth, @RequestParam(required = false) String member,
            @RequestParam(required = false) String production, @RequestParam(required = false) UUID organization,
            @RequestParam(name = "case", required = false) String caseReference,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            work.declareConflict(auth.getName(), member, production, organization, caseReference, reason);
            redirect.addFlashAttribute("message", "The conflict was declared: the member no longer sees those "
                    + "cases.");
        } catch (EnforcementRefusal refusal) {
            redirect.addFlashAttribute("problem", refusal.getMessage());
            redirect.addFlashAttribute("typed", reason);
        }
        return "redirect:" + PATH + "/conflicts";
    }

    @PostMapping("/conflicts/{id}/withdrawal")
    String withdrawConflict(Authentication auth, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            work.withdrawConflict(auth.getName(), id);
            redirect.addFlashAttribute("message", "The conflict was withdrawn.");
        } catch (EnforcementRefusal.NotPermitted | EnforcementRefusal.Conflict refusal) {
            redirect.addFlashAttribute("problem", refusal.getMessage());
        }
        return "redirect:" + PATH + "/conflicts";
    }

    private String casePage(Authentication auth, UUID id, Model model, String problem, Map<String, String> errors,
            DecisionForm form) {
        model.addAttribute("detail", work.detail(auth.getName(), id));
        model.addAttribute("states", CaseState.values());
        model.addAttribute("clauses", Texts.codeClauses());
        model.addAttribute("kinds", SanctionKind.values());
        model.addAttribute("decisionForm", form);
        model.addAttribute("decisionErrors", errors);
        model.addAttribute("now", clock.instant());
        model.addAttribute("me", auth.getName());
        if (problem != null) {
            model.addAttribute("problem", problem);
        }
        return "enforcement/case";
    }

    private String act(UUID id, RedirectAttributes redirect, String typed, java.util.function.Supplier<String> work) {
        try {
            redirect.addFlashAttribute("message", work.get());
        } catch (EnforcementRefusal.NotFound | EnforcementRefusal.NotPermitted seen) {
            throw seen;
        } catch (EnforcementRefusal refusal) {
            redirect.addFlashAttribute("problem", refusal.getMessage());
            redirect.addFlashAttribute("typed", typed);
        }
        return "redirect:" + PATH + "/cases/" + id;
    }

    /** Each message under its field of the decision form ({@code /sanctions/0/amount} → {@code amount}). */
    static Map<String, String> decisionErrors(EnforcementRefusal.Invalid invalid) {
        Map<String, String> errors = new java.util.HashMap<>();
        for (EnforcementRefusal.Problem p : invalid.problems()) {
            String[] parts = p.pointer().split("/");
            String field = parts.length > 1 ? parts[1] : "form";
            if (field.equals("sanctions")) {
                field = parts.length > 3 ? parts[3] : "kinds";
            }
            errors.merge(field, p.detail(), (a, b) -> a + " " + b);
        }
        return errors;
    }
}
