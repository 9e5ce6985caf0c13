package org.guildmark.core.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.guildmark.core.audit.AuditEngine;
import org.guildmark.core.audit.AuditReport;
import org.guildmark.core.audit.Finding;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.audit.Verdict;
import org.guildmark.core.read.Problem;

/** Audit reports for the report tests: the example dossiers, audited for real, and reports built by hand. */
final class ExampleReports {
    static final LocalDate AS_OF = LocalDate.parse("2026-11-25");
    static final String PAPER_LANTERN = "../examples/paper-lantern-series.yaml";
    static final List<String> ALL_EXAMPLES = List.of(
            "../examples/lighthouse-feature.yaml",
            "../examples/harbor-documentary.yaml",
            "../examples/evening-news-segment.yaml",
            PAPER_LANTERN);

    private ExampleReports() {
    }

    static AuditReport audit(String dossier) {
        return new AuditEngine().audit(Path.of(dossier), dossier, AS_OF);
    }

    static AuditReport audit(Path dossier, String displayName) {
        return new AuditEngine().audit(dossier, displayName, AS_OF);
    }

    /** A report of a valid dossier with the given title and findings, as the engine would produce it. */
    static AuditReport handBuilt(String title, List<Finding> findings, List<String> attestationsMissing) {
        Map<Severity, Long> counts = new java.util.EnumMap<>(Severity.class);
        findings.forEach(f -> counts.merge(f.severity(), 1L, Long::sum));
        boolean certifiable = counts.getOrDefault(Severity.BLOCKING, 0L) == 0 && attestationsMissing.isEmpty();
        return new AuditReport("hand/built.yaml", "00".repeat(32), "hand-built", title, "1.0", AS_OF, null,
                certifiable ? Verdict.CERTIFIABLE : Verdict.NOT_CERTIFIABLE, counts, findings, Map.of(),
                List.of("2.4", "7.3"), attestationsMissing, List.of("5.4", "8.1"), List.of(), 0, 1);
    }

    /** A report of a dossier the reader rejected, with the given problems. */
    static AuditReport invalid(String dossier, List<Problem> errors) {
        return new AuditReport(dossier, null, null, null, "1.0", AS_OF, null, Verdict.INVALID, Map.of(), List.of(),
                Map.of(), List.of("2.4"), List.of(), List.of("5.4"), errors, 0, 0);
    }

    static Finding finding(String id, String clause, Severity severity, String rule, String subject, String message,
            String remediation) {
        return new Finding(id, clause, severity, rule, subject, message, remediation);
    }

    static String render(ReportWriter writer, List<AuditReport> reports) {
        StringWriter out = new StringWriter();
        try {
            writer.write(reports, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String render(ReportWriter writer, AuditReport report) {
        return render(writer, List.of(report));
    }
}
