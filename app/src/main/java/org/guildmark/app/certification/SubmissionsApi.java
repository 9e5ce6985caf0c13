package org.guildmark.app.certification;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.guildmark.app.registry.Callers;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1}: a production submits dossiers and justifies major findings; officers decide and change the status
 * of certificates. Signed-in accounts (their session, with the CSRF token); each endpoint names its roles.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Certification", description = "Submissions, officers' decisions and certificate status")
class SubmissionsApi {

    private final SubmissionIntake intake;
    private final CertificationViews views;
    private final OfficerReview review;
    private final CertificateStatus status;
    private final Callers callers;

    SubmissionsApi(SubmissionIntake intake, CertificationViews views, OfficerReview review, CertificateStatus status,
            Callers callers) {
        this.intake = intake;
        this.views = views;
        this.review = review;
        this.status = status;
        this.callers = callers;
    }

    /** A submission as the API shows it. */
    record SubmissionView(UUID id, UUID production, String productionCode, int version, String fileName,
            String state, boolean certifiable, Integer adl, String adlDisplay, String dossierSha256,
            String reportSha256, Instant submittedAt, String submittedBy, String certificate,
            Map<String, Long> counts, List<SubmittedReport.ReportFinding> findings,
            Map<String, String> justifications, List<ReviewDecision> decisions, FindingsDiff sincePrevious) {
    }

    @Operation(summary = "Submit a dossier (the request body, YAML or JSON) as the production's next version",
            description = "The server audits it with the registry's consents and stores dossier and report by "
                    + "SHA-256. X-File-Name names the file (its extension tells YAML from JSON).")
    @PostMapping(path = "/productions/{production}/submissions",
            consumes = {"application/yaml", "application/json", "text/yaml", "application/octet-stream"})
    @PreAuthorize("hasRole('PRODUCTION')")
    ResponseEntity<SubmissionView> submit(Authentication auth, @PathVariable UUID production,
            @RequestHeader(name = "X-File-Name", required = false) String fileName,
            @RequestBody(required = false) byte[] dossier) {
        var caller = callers.of(auth);
        Submission s = intake.submit(caller, production, fileName == null ? "dossier" : fileName,
                dossier == null ? new byte[0] : dossier);
        return ResponseEntity.created(URI.create("/api/v1/submissions/" + s.id()))
                .body(view(views.detail(caller, s.id())));
    }

    @Operation(summary = "A production's submissions, latest version first")
    @GetMapping("/productions/{production}/submissions")
    @PreAuthorize("hasAnyRole('PRODUCTION', 'OFFICER', 'ADMIN')")
    List<Map<String, Object>> list(Authentication auth, @PathVariable UUID production) {
        return views.ofProduction(callers.of(auth), production).stream().map(SubmissionsApi::row).toList();
    }

    @Operation(summary = "One submission: its report's findings, justifications, decisions and the diff since the "
            + "version before")
    @GetMapping("/submissions/{id}")
    @PreAuthorize("hasAnyRole('PRODUCTION', 'OFFICER', 'ADMIN')")
    SubmissionView submission(Authentication auth, @PathVariable UUID id) {
        return view(views.detail(callers.of(auth), id));
    }

    @Operation(summary = "The stored audit report (audit-report/v1 JSON), byte for byte")
    @GetMapping("/submissions/{id}/report")
    @PreAuthorize("hasAnyRole('PRODUCTION', 'OFFICER', 'ADMIN')")
    byte[] report(Authentication auth, @PathVariable UUID id) {
        return views.reportBytes(callers.of(auth), id);
    }

    @Operation(summary = "Justify a major finding: {\"finding\": \"<id>\", \"justification\": \"…\"}")
    @PostMapping(path = "/submissions/{id}/justifications", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('PRODUCTION')")
    SubmissionView justify(Authentication auth, @PathVariable UUID id, @RequestBody(required = false) JsonNode body) {
        var caller = callers.of(auth);
        intake.justify(caller, id, text(body, "finding"), text(body, "justification"));
        return view(views.detail(caller, id));
    }

    @Operation(summary = "Decide: {\"decision\": \"certify\" | \"reject\", \"reasons\": \"…\"}",
            description = "Recorded with your name. A submission that is not certifiable, or has an unjustified "
                    + "major finding, is never certified.")
    @PostMapping(path = "/submissions/{id}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('OFFICER')")
    ResponseEntity<SubmissionView> decide(Authentication auth, @PathVariable UUID id,
            @RequestBody(required = false) JsonNode body) {
        String decision = text(body, "decision");
        ReviewDecision.Verdict verdict = switch (decision == null ? "" : decision) {
            case "certify" -> ReviewDecision.Verdict.CERTIFY;
            case "reject" -> ReviewDecision.Verdict.REJECT;
            default -> throw new CertificationRefusal.Invalid("/decision", "Give \"certify\" or \"reject\".");
        };
        review.decide(auth.getName(), id, verdict, text(body, "reasons"));
        return ResponseEntity.ok(view(views.detail(callers.of(auth), id)));
    }

    @Operation(summary = "Suspend, reinstate or revoke a certificate: {\"reason\": \"…\"}")
    @PostMapping(path = "/certificates/{id}/{change:" + CertificateChange.NOUNS + "}",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('OFFICER')")
    Map<String, Object> changeStatus(Authentication auth, @PathVariable UUID id, @PathVariable String change,
            @RequestBody(required = false) JsonNode body) {
        String certificate = "urn:uuid:" + id;
        String reason = text(body, "reason");
        Certificate c = CertificateChange.named(change).applyTo(status, auth.getName(), certificate, reason);
        return Map.of("id", c.id(), "state", c.state().code());
    }

    private static String text(JsonNode body, String field) {
        if (body == null || !body.isObject()) {
            throw new CertificationRefusal.Invalid("", "Send a JSON object.");
        }
        JsonNode value = body.get(field);
        if (value != null && !value.isNull() && !value.isString()) {
            throw new CertificationRefusal.Invalid("/" + field, "Give " + field + " as a string.");
        }
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Map<String, Object> row(CertificationViews.Summary s) {
        return Map.of("id", s.submission().id(), "version", s.submission().version(), "state",
                s.state().name().toLowerCase(java.util.Locale.ROOT), "certifiable", s.submission().certifiable(),
                "submittedAt", s.submission().submittedAt(),
                "certificate", s.certificate().map(Certificate::id).orElse(""));
    }

    private static SubmissionView view(CertificationViews.Detail d) {
        Submission s = d.summary().submission();
        return new SubmissionView(s.id(), s.production(), d.summary().productionCode(), s.version(), s.fileName(),
                d.summary().state().name().toLowerCase(java.util.Locale.ROOT), s.certifiable(), s.adl(),
                s.adlDisplay(), s.dossierSha256(), s.reportSha256(), s.submittedAt(), s.submittedBy(),
                d.summary().certificate().map(Certificate::id).orElse(null), d.report().counts(),
                d.report().findings(), d.justifications(), d.decisions(), d.sincePrevious().orElse(null));
    }
}
