package org.guildmark.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.guildmark.core.audit.AuditReport;
import org.guildmark.core.audit.Finding;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.audit.Verdict;
import org.guildmark.core.read.Problem;

/**
 * The report as GitHub-flavoured Markdown, for pull-request comments and wikis: per dossier a summary table,
 * findings in one table per principle, dossier errors, missing attestations and the clauses out of scope.
 * Every dynamic string is escaped, so a {@code |} or a line break in a message cannot break a table.
 */
public final class MarkdownReport implements ReportWriter {

    @Override
    public void write(List<AuditReport> reports, Writer out) throws IOException {
        out.write("# Guildmark audit report\n");
        for (AuditReport report : reports) {
            out.write("\n");
            write(report, out);
        }
    }

    private static void write(AuditReport r, Writer out) throws IOException {
        String heading = r.title() == null ? r.dossier() : r.title() + " (" + r.production() + ")";
        out.write("## " + text(heading) + "\n\n");
        out.write("Dossier " + code(r.dossier())
                + (r.dossierSha256() == null ? "" : " (sha256 " + code(r.dossierSha256()) + ")")
                + ", audited as of " + r.asOf() + " against the AIMEG Code of Ethics " + text(r.codeVersion())
                + ".\n\n");

        out.write("| Production | ADL | AI share | Verdict | Blocking | Major | Minor | Info |\n");
        out.write("|---|---|---:|---|---:|---:|---:|---:|\n");
        out.write("| " + (r.production() == null ? "—" : cellCode(r.production()))
                + " | " + (r.adl() == null ? "—" : text(r.adl().display() + " · " + r.adl().name()))
                + " | " + (r.adl() == null ? "—" : JsonReport.plain(r.adl().shareRounded()).toPlainString())
                + " | **" + verdict(r.verdict()) + "**");
        for (Severity s : Severity.values()) {
            out.write(" | " + r.count(s));
        }
        out.write(" |\n");

        if (!r.errors().isEmpty()) {
            out.write("\n### Dossier errors\n\nThe dossier cannot be audited until these are fixed.\n\n");
            out.write("| Location | Pointer | Message |\n|---|---|---|\n");
            for (Problem p : r.errors()) {
                out.write("| " + cellCode(p.location()) + " | " + (p.pointer().isEmpty() ? "—" : cellCode(p.pointer()))
                        + " | " + text(p.message()) + " |\n");
            }
            if (r.errorsOmitted() > 0) {
                out.write("\n… and " + r.errorsOmitted() + " more errors not listed.\n");
            }
        }

        if (r.verdict() != Verdict.INVALID) {
            out.write("\n### Findings\n");
            if (r.findings().isEmpty()) {
                out.write("\nNo findings.\n");
            }
            for (Map.Entry<String, List<Finding>> group : Headings.byPrinciple(r.findings()).entrySet()) {
                out.write("\n#### " + text(group.getKey()) + "\n\n");
                out.write("| Severity | Clause | Subject | Rule | Message | Remediation |\n");
                out.write("|---|---|---|---|---|---|\n");
                for (Finding f : group.getValue()) {
                    out.write("| " + f.severity().code() + " | " + text(f.clause()) + " | " + cellCode(f.subject())
                            + " | " + cellCode(f.rule()) + " | " + text(f.message()) + " | " + text(f.remediation())
                            + " |\n");
                }
            }
            Map<String, Long> omitted = new TreeMap<>(r.omitted());
            if (!omitted.isEmpty()) {
                out.write("\n");
                for (Map.Entry<String, Long> e : omitted.entrySet()) {
                    out.write("- … " + e.getValue() + " more findings of " + code(e.getKey()) + " not listed\n");
                }
            }

            out.write("\n### Attestations\n\n");
            if (r.attestationsMissing().isEmpty()) {
                out.write("All " + r.attestationsRequired().size() + " attestation clauses are attested.\n");
            } else {
                out.write("Missing for clauses " + text(String.join(", ", r.attestationsMissing())) + ".\n");
            }
        }

        out.write("\n### Out of scope\n\n");
        out.write(r.outOfScope().isEmpty() ? "None.\n"
                : text(String.join(", ", r.outOfScope())) + ": these bind guild members, not productions.\n");
    }

    static String verdict(Verdict v) {
        return switch (v) {
            case CERTIFIABLE -> "Certifiable";
            case NOT_CERTIFIABLE -> "Not certifiable";
            case INVALID -> "Invalid dossier";
        };
    }

    /**
     * Inline text that renders as itself, also inside a table cell: Markdown's active characters are
     * backslash-escaped, {@code |} included, and line breaks become {@code <br>}.
     */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '&', '#', '~' -> b.append('\\').append(c);
                case '\r' -> {
                    b.append("<br>");
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> b.append("<br>");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A code span around {@code s}, fenced with more backticks than it contains; line breaks become spaces. */
    static String code(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String flat = s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        int longest = 0;
        int run = 0;
        for (int i = 0; i < flat.length(); i++) {
            run = flat.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
        return fence + pad + flat + pad + fence;
    }

    /** A code span inside a table cell: {@code |} is escaped, as GitHub unescapes it even in code. */
    static String cellCode(String s) {
        return code(s).replace("|", "\\|");
    }
}
