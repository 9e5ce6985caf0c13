package org.guildmark.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.guildmark.core.audit.AuditReport;
import org.guildmark.core.audit.Finding;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.audit.Verdict;
import org.guildmark.core.read.Problem;

/** The report for people: findings grouped by principle, each with its clause, subject, message and remedy. */
public final class TextReport implements ReportWriter {
    private final boolean colour;

    public TextReport(boolean colour) {
        this.colour = colour;
    }

    @Override
    public void write(List<AuditReport> reports, Writer out) throws IOException {
        for (int i = 0; i < reports.size(); i++) {
            if (i > 0) {
                out.write("\n");
            }
            write(reports.get(i), out);
        }
    }

    private void write(AuditReport r, Writer out) throws IOException {
        String heading = r.title() == null ? r.dossier() : r.title() + " (" + r.production() + ")";
        out.write(bold("Guildmark audit · " + heading) + "\n");
        out.write("dossier   " + r.dossier() + (r.dossierSha256() == null ? "" : "  sha256:" + r.dossierSha256().substring(0, 12)) + "\n");
        out.write("as of     " + r.asOf() + " · AIMEG Code of Ethics " + r.codeVersion() + "\n");
        if (r.adl() != null) {
            out.write("ADL       " + bold(r.adl().display()) + " · " + r.adl().name() + " · AI share "
                    + JsonReport.plain(r.adl().shareRounded()).toPlainString() + " ("
                    + JsonReport.plain(r.adl().aiSeconds()).toPlainString() + " s of "
                    + JsonReport.plain(r.adl().totalSeconds()).toPlainString() + " s)\n");
        }
        out.write("verdict   " + verdict(r.verdict()) + "   " + r.count(Severity.BLOCKING) + " blocking · "
                + r.count(Severity.MAJOR) + " major · " + r.count(Severity.MINOR) + " minor · "
                + r.count(Severity.INFO) + " info\n");
        if (!r.errors().isEmpty()) {
            out.write("\n" + bold("The dossier cannot be audited until these are fixed:") + "\n");
            for (Problem p : r.errors()) {
                out.write("  " + paint("31", "error") + "  " + p.location() + (p.pointer().isEmpty() ? "" : "  " + p.pointer())
                        + "\n         " + p.message() + "\n");
            }
            if (r.errorsOmitted() > 0) {
                out.write("  … and " + r.errorsOmitted() + " more errors\n");
            }
            return;
        }
        for (Map.Entry<String, List<Finding>> group : Headings.byPrinciple(r.findings()).entrySet()) {
            out.write("\n" + bold(group.getKey()) + "\n");
            for (Finding f : group.getValue()) {
                out.write("  " + severity(f.severity()) + " " + pad(f.clause(), 8) + f.subject() + "  [" + f.rule() + "]\n");
                out.write("           " + f.message() + "\n");
                out.write("           → " + f.remediation() + "\n");
            }
        }
        r.omitted().forEach((rule, n) -> {
            try {
                out.write("  … " + n + " more findings of " + rule + " not listed\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        out.write("\n");
        if (r.attestationsMissing().isEmpty()) {
            out.write("attestations  all " + r.attestationsRequired().size() + " attestation clauses attested\n");
        } else {
            out.write("attestations  missing for " + String.join(", ", r.attestationsMissing()) + "\n");
        }
        out.write("out of scope  " + String.join(", ", r.outOfScope()) + " (bind members, not productions)\n");
    }

    private String verdict(Verdict v) {
        return switch (v) {
            case CERTIFIABLE -> paint("1;32", "CERTIFIABLE");
            case NOT_CERTIFIABLE -> paint("1;31", "NOT CERTIFIABLE");
            case INVALID -> paint("1;31", "INVALID DOSSIER");
        };
    }

    private String severity(Severity s) {
        String label = pad(s.code().toUpperCase(), 9);
        return switch (s) {
            case BLOCKING -> paint("31", label);
            case MAJOR -> paint("33", label);
            case MINOR -> paint("36", label);
            case INFO -> paint("2", label);
        };
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    private String bold(String s) {
        return paint("1", s);
    }

    private String paint(String code, String s) {
        return colour ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
