package org.guildmark.app.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/cases}: the committee's cases for its members (their session, with the CSRF token): the list, a
 * case with its log, and the decision. A recused member is refused, and the attempt is logged.
 */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Enforcement", description = "Complaints to the ethics committee, and the committee's cases")
class CommitteeApi {

    private final CaseWork work;
    private final Adjudication adjudication;

    CommitteeApi(CaseWork work, Adjudication adjudication) {
        this.work = work;
        this.adjudication = adjudication;
    }

    record CaseRow(UUID id, String reference, String origin, String state, String subject, Instant dueAt,
            boolean overdue, List<String> assignees) {
    }

    @Operation(summary = "The cases you may see, open ones first, overdue first")
    @GetMapping
    @PreAuthorize("hasRole('COMMITTEE')")
    List<CaseRow> list(Authentication auth) {
        CaseWork.Dashboard d = work.dashboard(auth.getName());
        List<CaseRow> rows = new ArrayList<>();
        for (CaseWork.Summary s : d.open()) {
            rows.add(row(s));
        }
        d.ended().forEach(s -> rows.add(row(s)));
        return rows;
    }

    @Operation(summary = "One case: its state, clauses, decision, sanctions and appeal")
    @GetMapping("/{id}")
    @PreAuthorize("hasRole('COMMITTEE')")
    Map<String, Object> get(Authentication auth, @PathVariable UUID id) {
        CaseWork.Detail d = work.detail(auth.getName(), id);
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("id", d.filed().id());
        out.put("reference", d.filed().reference());
        out.put("origin", d.filed().origin().code());
        out.put("state", d.filed().state().code());
        out.put("dueAt", d.filed().dueAt());
        out.put("subject", d.subject());
        out.put("clauses", d.clauses());
        out.put("reporter", d.filed().reporter().code());
        d.decision().ifPresent(dec -> out.put("decision", Map.of("outcome", dec.outcome(), "clauses",
                dec.clauses(), "decidedBy", dec.decidedBy(), "members", dec.members(), "decidedAt",
                dec.decidedAt())));
        out.put("sanctions", d.sanctions().stream().map(s -> Map.of("id", s.id(), "kind", s.kind().code(),
                "state", s.state().code(), "effectiveFrom", s.effectiveFrom(), "public", s.published())).toList());
        d.appeal().ifPresent(a -> out.put("appeal", Map.of("lodgedAs", a.lodgedAs(), "lodgedAt", a.lodgedAt())));
        d.appealDecision().ifPresent(a -> out.put("appealDecision", Map.of("outcome", a.outcome(),
                "decidedBy", a.decidedBy())));
        return out;
    }

    @Operation(summary = "The case's append-only log, refused attempts included")
    @GetMapping("/{id}/events")
    @PreAuthorize("hasRole('COMMITTEE')")
    List<CaseEvent> events(Authentication auth, @PathVariable UUID id) {
        return work.events(auth.getName(), id);
    }

    @Operation(summary = "Decide: {\"outcome\": \"violation\" | \"no-violation\", \"clauses\": [\"3.1\"], "
            + "\"reasons\": \"…\", \"panel\": [members], \"public\": false, \"sanctions\": [{\"kind\": "
            + "\"certification-suspension\", \"from\": instant, \"until\": instant, \"amount\": \"2500.00\", "
            + "\"currency\": \"USD\", \"certificate\": \"urn:uuid:…\"}]}")
    @PostMapping(path = "/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('COMMITTEE')")
    Map<String, Object> decide(Authentication auth, @PathVariable UUID id,
            @RequestBody(required = false) JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new EnforcementRefusal.Invalid("", "Send the decision as a JSON object.");
        }
        List<EnforcementRefusal.Problem> problems = new ArrayList<>();
        List<Adjudication.SanctionRequest> sanctions = new ArrayList<>();
        JsonNode given = body.path("sanctions");
        for (int i = 0; given.isArray() && i < given.size(); i++) {
            JsonNode s = given.get(i);
            String at = "/sanctions/" + i;
            BigDecimal amount = null;
            if (s.hasNonNull("amount")) {
                try {
                    amount = new BigDecimal(s.get("amount").asString());
                } catch (NumberFormatException e) {
                    problems.add(new EnforcementRefusal.Problem(at + "/amount", "Give the amount as a decimal "
                            + "string, e.g. \"2500.00\".", "bad-amount"));
                }
            }
            sanctions.add(new Adjudication.SanctionRequest(s.path("kind").asString(null),
                    instant(s, "from", at, problems), instant(s, "until", at, problems), amount,
                    s.path("currency").asString(null), s.path("certificate").asString(null)));
        }
        if (!problems.isEmpty()) {
            throw adjudication.refusedDecision(id, auth.getName(), new EnforcementRefusal.Invalid(problems));
        }
        List<String> clauses = new ArrayList<>();
        body.path("clauses").forEach(c -> clauses.add(c.asString()));
        List<String> panel = new ArrayList<>();
        body.path("panel").forEach(m -> panel.add(m.asString()));
        adjudication.decide(auth.getName(), id, new Adjudication.DecisionRequest(body.path("outcome").asString(null),
                clauses, body.path("reasons").asString(null), panel, sanctions, body.path("public").asBoolean(false)));
        return get(auth, id);
    }

    private static Instant instant(JsonNode s, String field, String at, List<EnforcementRefusal.Problem> problems) {
        if (!s.hasNonNull(field)) {
            return null;
        }
        try {
            return Instant.parse(s.get(field).asString());
        } catch (DateTimeParseException e) {
            problems.add(new EnforcementRefusal.Problem(at + "/" + field, "Give an ISO-8601 UTC instant such as "
                    + "2026-06-01T00:00:00Z.", "bad-instant"));
            return null;
        }
    }

    private static CaseRow row(CaseWork.Summary s) {
        return new CaseRow(s.filed().id(), s.filed().reference(), s.filed().origin().code(),
                s.filed().state().code(), s.subject(), s.filed().dueAt(), s.overdue(), s.assignees());
    }
}
