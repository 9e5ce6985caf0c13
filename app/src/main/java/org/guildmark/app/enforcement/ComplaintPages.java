package org.guildmark.app.enforcement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public pages, no account needed: the complaint form, the receipt shown once after it, and the reporter's
 * pages behind the receipt. The receipt travels only in a POST body (never in a URL, so no history, log or
 * referrer holds it); a matched receipt starts a fresh session that opens that one case for 30 minutes.
 */
@Controller
class ComplaintPages {

    static final String REPORTER_CASE = ComplaintPages.class.getName() + ".case";
    static final String REPORTER_SINCE = ComplaintPages.class.getName() + ".since";
    static final Duration REPORTER_SESSION = Duration.ofMinutes(30);

    private final ComplaintIntake intake;
    private final ReporterAccess reporters;
    private final EnforcementProperties properties;
    private final Clock clock;

    ComplaintPages(ComplaintIntake intake, ReporterAccess reporters, EnforcementProperties properties, Clock clock) {
        this.intake = intake;
        this.reporters = reporters;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/complaints/new")
    String form(Model model, HttpSession session) {
        return form(model, session, new ComplaintForm(), Map.of(), null);
    }

    @PostMapping("/complaints")
    String submit(@ModelAttribute ComplaintForm form,
            @RequestParam(name = "attachments", required = false) List<MultipartFile> files,
            @RequestParam(name = "formToken", required = false) String token, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession();
        if (!FormTokens.consume(session, token)) {
            reporters.replayed(null, "complaint form");
            response.setStatus(409);
            return form(model, session, form, Map.of(), "This form was sent already, or it is out of date: "
                    + "nothing was stored twice. If you saw a receipt, your report was received; otherwise send it "
                    + "again now.");
        }
        try {
            ComplaintIntake.Filed filed = intake.submit(new ComplaintIntake.Complaint(form.getProduction(),
                    form.getSubject(), form.getClauses(), form.getDescription(), form.getName(), form.getContact(),
                    uploads(files)), request.getRemoteAddr());
            model.addAttribute("filed", filed);
            model.addAttribute("named", filed.filed().reporter() == EnforcementCase.ReporterKind.NAMED);
            return "enforcement/complaint-received";
        } catch (EnforcementRefusal.Invalid invalid) {
            response.setStatus(400);
            return form(model, session, form, fieldErrors(invalid), "The report was not sent: "
                    + invalid.problems().size() + " thing(s) to fix below. Choose your files again.");
        } catch (EnforcementRefusal.TooMany tooMany) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(tooMany.retryAfter().toSeconds()));
            return form(model, session, form, Map.of(), tooMany.getMessage());
        }
    }

    @GetMapping("/complaints/receipt")
    String receipt(Model model, @RequestParam(required = false) String left) {
        model.addAttribute("left", left != null);
        return "enforcement/receipt";
    }

    @PostMapping("/complaints/receipt")
    String openWithReceipt(@RequestParam(required = false) String receipt, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        try {
            UUID caseId = reporters.open(receipt, request.getRemoteAddr());
            // A fresh session id: a session someone fixed beforehand never opens the case.
            HttpSession session = request.getSession();
            request.changeSessionId();
            session.setAttribute(REPORTER_CASE, caseId);
            session.setAttribute(REPORTER_SINCE, clock.instant());
            return "redirect:/complaints/receipt/case";
        } catch (EnforcementRefusal.Invalid invalid) {
            response.setStatus(400);
            model.addAttribute("problem", invalid.getMessage());
        } catch (EnforcementRefusal.TooMany tooMany) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(tooMany.retryAfter().toSeconds()));
            model.addAttribute("problem", tooMany.getMessage());
        }
        model.addAttribute("left", false);
        return "enforcement/receipt";
    }

    @GetMapping("/complaints/receipt/case")
    String reporterCase(HttpSession session, Model model) {
        UUID caseId = reporterCase(session);
        if (caseId == null) {
            return "redirect:/complaints/receipt";
        }
        model.addAttribute("view", reporters.view(caseId));
        model.addAttribute("now", clock.instant());
        model.addAttribute("formToken", FormTokens.issue(session));
        model.addAttribute("limits", limits());
        return "enforcement/reporter-case";
    }

    @PostMapping("/complaints/receipt/messages")
    String reply(HttpSession session, @RequestParam(required = false) String body,
            @RequestParam(name = "attachments", required = false) List<MultipartFile> files,
            @RequestParam(required = false) String formToken, RedirectAttributes redirect) {
        return reporterAction(session, formToken, "message", redirect, body, caseId -> {
            reporters.reply(caseId, body, uploads(files));
            return "Your message was sent to the committee.";
        });
    }

    @PostMapping("/complaints/receipt/withdrawal")
    String withdraw(HttpSession session, @RequestParam(required = false) String formToken,
            RedirectAttributes redirect) {
        return reporterAction(session, formToken, "withdrawal", redirect, null, caseId -> {
            reporters.withdraw(caseId);
            return "Your report is withdrawn. The committee will not pursue it.";
        });
    }

    @PostMapping("/complaints/receipt/appeal")
    String appeal(HttpSession session, @RequestParam(required = false) String grounds,
            @RequestParam(required = false) String formToken, RedirectAttributes redirect) {
        return reporterAction(session, formToken, "appeal", redirect, grounds, caseId -> {
            reporters.appeal(caseId, grounds);
            return "Your appeal was lodged: members who did not decide the case will hear it.";
        });
    }

    @PostMapping("/complaints/receipt/leave")
    String leave(HttpSession session) {
        session.invalidate();
        return "redirect:/complaints/receipt?left";
    }

    private String reporterAction(HttpSession session, String token, String what, RedirectAttributes redirect,
            String typed, java.util.function.Function<UUID, String> action) {
        UUID caseId = reporterCase(session);
        if (caseId == null) {
            return "redirect:/complaints/receipt";
        }
        if (!FormTokens.consume(session, token)) {
            reporters.replayed(caseId, what);
            redirect.addFlashAttribute("problem", "That form was sent already, or it is out of date: nothing was "
                    + "added twice. Check below, and write again if it is missing.");
            return "redirect:/complaints/receipt/case";
        }
        try {
            redirect.addFlashAttribute("message", action.apply(caseId));
        } catch (EnforcementRefusal refusal) {
            redirect.addFlashAttribute("problem", refusal.getMessage());
            redirect.addFlashAttribute("typed", typed);
        }
        return "redirect:/complaints/receipt/case";
    }

    /** The case this session's receipt opened, while the session is young enough. */
    private UUID reporterCase(HttpSession session) {
        Object caseId = session.getAttribute(REPORTER_CASE);
        Object since = session.getAttribute(REPORTER_SINCE);
        if (!(caseId instanceof UUID id) || !(since instanceof Instant at)) {
            return null;
        }
        if (clock.instant().isAfter(at.plus(REPORTER_SESSION))) {
            session.removeAttribute(REPORTER_CASE);
            return null;
        }
        return id;
    }

    private String form(Model model, HttpSession session, ComplaintForm form, Map<String, String> errors,
            String problem) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("clauses", Texts.codeClauses());
        model.addAttribute("formToken", FormTokens.issue(session));
        model.addAttribute("limits", limits());
        return "enforcement/complaint-new";
    }

    private String limits() {
        return "Up to " + properties.maxAttachments() + " files of at most "
                + AttachmentCheck.size(properties.maxAttachmentSize().toBytes()) + " each: "
                + AttachmentCheck.ACCEPTED_TEXT + ".";
    }

    /** Each message under the form field it belongs to ({@code /reporter/name} → {@code name}). */
    static Map<String, String> fieldErrors(EnforcementRefusal.Invalid invalid) {
        Map<String, String> errors = new HashMap<>();
        for (EnforcementRefusal.Problem p : invalid.problems()) {
            String[] parts = p.pointer().split("/");
            String field = parts.length > 1 ? parts[1] : "form";
            if (field.equals("reporter") && parts.length > 2) {
                field = parts[2];
            }
            errors.merge(field, p.detail(), (a, b) -> a + " " + b);
        }
        return errors;
    }

    static List<Upload> uploads(List<MultipartFile> files) {
        return files == null ? List.of() : files.stream().filter(f -> f != null && !f.isEmpty()).map(Upload::of)
                .toList();
    }
}
