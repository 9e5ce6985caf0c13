package org.guildmark.app.certification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guildmark.core.audit.Severity;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the officer and the production read of a stored audit report ({@code audit-report/v1} JSON): the findings,
 * the attestations and the counts. Read back from the stored bytes, so what is shown is what was stored.
 */
public record SubmittedReport(String verdict, Map<String, Long> counts, List<ReportFinding> findings,
        List<String> attestationsRequired, List<String> attestationsMissing, List<String> outOfScope, long assets) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One finding; {@code id} is stable across versions of a dossier, so versions can be compared. */
    public record ReportFinding(String id, String clause, Severity severity, String rule, String subject,
            String message, String remediation) {
    }

    /** {@code 0 blocking · 2 major · 0 minor · 1 info}. */
    public String countsText() {
        StringBuilder b = new StringBuilder();
        for (Severity s : Severity.values()) {
            b.append(b.isEmpty() ? "" : " · ").append(counts.getOrDefault(s.code(), 0L)).append(' ').append(s.code());
        }
        return b.toString();
    }

    public List<ReportFinding> major() {
        return findings.stream().filter(f -> f.severity() == Severity.MAJOR).toList();
    }

    static SubmittedReport parse(byte[] json) {
        JsonNode root = JSON.readTree(json);
        Map<String, Long> counts = new LinkedHashMap<>();
        root.path("counts").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        List<ReportFinding> findings = new ArrayList<>();
        for (JsonNode f : root.path("findings")) {
            findings.add(new ReportFinding(f.path("id").asString(""), f.path("clause").asString(""),
                    severity(f.path("severity").asString("")), f.path("rule").asString(""),
                    f.path("subject").asString(null), f.path("message").asString(""),
                    f.path("remediation").asString(null)));
        }
        return new SubmittedReport(root.path("verdict").asString(""), counts, findings,
                strings(root.path("attestations").path("required")),
                strings(root.path("attestations").path("missing")), strings(root.path("outOfScope")),
                root.path("assets").asLong());
    }

    private static Severity severity(String code) {
        for (Severity s : Severity.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return Severity.INFO;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
