package org.guildmark.app.labor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.guildmark.app.registry.Callers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A production's revenue-share pages: upload the dossier whose revenueShare sets the terms, report a period's
 * revenue, read each report's statement and download it as CSV, or one participant's as PDF.
 */
@Controller
@RequestMapping(RevenuePages.PATH)
class RevenuePages {

    static final String PATH = "/production/revenue";

    private final RevenueStatements revenue;
    private final Callers callers;

    RevenuePages(RevenueStatements revenue, Callers callers) {
        this.revenue = revenue;
        this.callers = callers;
    }

    @GetMapping
    String overview(Authentication auth, Model model) {
        return view(auth, model, Map.of(), List.of(), null);
    }

    @PostMapping("/agreements")
    String upload(Authentication auth, @RequestParam(required = false) UUID production,
            @RequestParam(required = false) MultipartFile dossier, Model model) {
        try {
            RevenueAgreement a = revenue.recordAgreement(callers.of(auth), production,
                    dossier == null ? null : dossier.getOriginalFilename(),
                    dossier == null || dossier.isEmpty() ? null : dossier.getBytes());
            return "redirect:" + PATH + "?agreement=" + a.version();
        } catch (LaborRefusal.Invalid invalid) {
            return view(auth, model, Map.of(), invalid.problems(), "The dossier's terms were not recorded.");
        } catch (IOException e) {
            return view(auth, model, Map.of(), List.of(new LineProblem(0, "dossier",
                    "The upload did not arrive whole; try again.")), "The dossier's terms were not recorded.");
        }
    }

    @PostMapping("/reports")
    String report(Authentication auth, @RequestParam(required = false) UUID production,
            @RequestParam(required = false) String periodStart, @RequestParam(required = false) String periodEnd,
            @RequestParam(required = false) String revenueAmount, @RequestParam(required = false) String currency,
            Model model) {
        try {
            RevenueReport r = revenue.report(callers.of(auth), production, periodStart, periodEnd, revenueAmount,
                    currency);
            return "redirect:" + PATH + "/reports/" + r.id();
        } catch (LaborRefusal.Invalid invalid) {
            Map<String, String> typed = Map.of("production", production == null ? "" : production.toString(),
                    "periodStart", nonNull(periodStart), "periodEnd", nonNull(periodEnd),
                    "revenueAmount", nonNull(revenueAmount), "currency", nonNull(currency));
            return view(auth, model, typed, invalid.problems(), "The report was not recorded.");
        }
    }

    @GetMapping("/reports/{id}")
    String statement(Authentication auth, @PathVariable UUID id, Model model) {
        model.addAttribute("statement", revenue.statement(callers.of(auth), id));
        return "labor/revenue-report";
    }

    @GetMapping("/reports/{id}/statement.csv")
    ResponseEntity<byte[]> csv(Authentication auth, @PathVariable UUID id) {
        RevenueStatements.Statement s = revenue.statement(callers.of(auth), id);
        return download(StatementDocuments.csv(s).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                s.production().code() + "-" + s.report().periodStart() + "-" + s.report().currency() + ".csv");
    }

    @GetMapping("/reports/{id}/statements/{ordinal}.pdf")
    ResponseEntity<byte[]> pdf(Authentication auth, @PathVariable UUID id, @PathVariable int ordinal) {
        RevenueStatements.Statement s = revenue.statement(callers.of(auth), id);
        RevenueReport.StatementLine line = s.report().lines().stream().filter(l -> l.ordinal() == ordinal)
                .findFirst().orElseThrow(() -> new LaborRefusal.NotFound("The report has no such participant."));
        return download(StatementDocuments.pdf(s, line), MediaType.APPLICATION_PDF,
                s.production().code() + "-" + s.report().periodStart() + "-" + line.person() + ".pdf");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(body);
    }

    private String view(Authentication auth, Model model, Map<String, String> typed, List<LineProblem> problems,
            String refusal) {
        model.addAttribute("rows", revenue.overview(callers.of(auth)));
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("refusal", refusal);
        return "labor/revenue";
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
