package org.guildmark.core.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.guildmark.core.adl.Adl;
import org.guildmark.core.read.Problem;

/**
 * The result of auditing one dossier ({@code audit-report/v1}). {@code adl} and {@code production} are null
 * when the dossier was invalid; {@code findings} are sorted so two runs give identical reports.
 *
 * @param omitted       findings counted but not listed, per rule (see {@link FindingSink})
 * @param errorsOmitted dossier errors counted but not listed
 * @param outOfScope    clauses that bind members, not productions
 */
public record AuditReport(
        String dossier,
        String dossierSha256,
        String production,
        String title,
        String codeVersion,
        LocalDate asOf,
        Adl adl,
        Verdict verdict,
        Map<Severity, Long> counts,
        List<Finding> findings,
        Map<String, Long> omitted,
        List<String> attestationsRequired,
        List<String> attestationsMissing,
        List<String> outOfScope,
        List<Problem> errors,
        long errorsOmitted,
        long assets) {

    public static final String FORMAT = "audit-report/v1";

    public long count(Severity severity) {
        return counts.getOrDefault(severity, 0L);
    }

    /** The process exit code: 0 certifiable, 1 failing findings, 2 invalid input. */
    public int exitCode(Severity failOn) {
        if (verdict == Verdict.INVALID) {
            return 2;
        }
        if (verdict == Verdict.NOT_CERTIFIABLE) {
            return 1;
        }
        for (Severity s : Severity.values()) {
            if (s.atLeast(failOn) && count(s) > 0) {
                return 1;
            }
        }
        return 0;
    }
}
