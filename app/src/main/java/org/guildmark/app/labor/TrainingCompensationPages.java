package org.guildmark.app.labor;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.guildmark.app.registry.Caller;
import org.guildmark.app.registry.Callers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** What model-training consents agreed and what was paid: the report, its CSV, and the grantee's payments form. */
@Controller
class TrainingCompensationPages {

    static final String PATH = "/labor/training-compensation";

    private final TrainingCompensation compensation;
    private final Callers callers;

    TrainingCompensationPages(TrainingCompensation compensation, Callers callers) {
        this.compensation = compensation;
        this.callers = callers;
    }

    @GetMapping(PATH)
    String report(Authentication auth, Model model) {
        return view(auth, model, Map.of(), List.of());
    }

    @PostMapping(PATH + "/payments")
    String pay(Authentication auth, @RequestParam(required = false) String grant,
            @RequestParam(required = false) String paidOn, @RequestParam(required = false) String amount,
            @RequestParam(required = false) String currency, @RequestParam(required = false) String reference,
            Model model) {
        try {
            compensation.recordPayment(callers.of(auth), grant, paidOn, amount, currency, reference);
            return "redirect:" + PATH + "?paid";
        } catch (LaborRefusal.Invalid invalid) {
            Map<String, String> typed = Map.of("grant", grant == null ? "" : grant, "paidOn",
                    paidOn == null ? "" : paidOn, "amount", amount == null ? "" : amount,
                    "currency", currency == null ? "" : currency, "reference", reference == null ? "" : reference);
            return view(auth, model, typed, invalid.problems());
        }
    }

    @GetMapping(PATH + ".csv")
    ResponseEntity<byte[]> csv(Authentication auth) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("grant", "person",
                "organization", "status", "valid_from", "valid_until", "agreed", "basis", "paid", "outstanding",
                "currency").get())) {
            for (TrainingCompensation.GrantLine l : compensation.report(callers.of(auth)).lines()) {
                csv.printRecord(l.grant(), l.personName(), l.organizationName(), l.status(), l.validFrom(),
                        l.validUntil(), l.agreed() == null ? "" : l.agreed().amount().toPlainString(),
                        l.basis() == null ? "" : l.basis(), l.paid() == null ? "" : l.paid().amount().toPlainString(),
                        l.outstanding() == null ? "" : l.outstanding().amount().toPlainString(),
                        l.agreed() != null ? l.agreed().currency() : l.paid() != null ? l.paid().currency() : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("training-compensation.csv").build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String view(Authentication auth, Model model, Map<String, String> typed, List<LineProblem> problems) {
        Caller caller = callers.of(auth);
        model.addAttribute("report", compensation.report(caller));
        model.addAttribute("payer", caller instanceof Caller.Production);
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        return "labor/training-compensation";
    }
}
