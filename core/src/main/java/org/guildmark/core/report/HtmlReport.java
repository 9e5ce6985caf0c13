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
 * The report as one self-contained HTML5 page: inline CSS, no scripts, nothing fetched. One {@code <section>}
 * per dossier; tables have captions and scoped headers; severity and verdict are written out, colour only
 * repeats them. Every dynamic string is escaped.
 */
public final class HtmlReport implements ReportWriter {

    private static final String STYLE = """
            :root { color-scheme: light; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #f6f7f9; color: #1f2328;
              font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            header, main { max-width: 72rem; margin: 0 auto; padding: 0 1.5rem; }
            header { padding-top: 2rem; }
            h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
            h2 { font-size: 1.35rem; margin: 0 0 .5rem; }
            h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }
            .lead, .meta { color: #4d5560; margin: 0 0 1rem; }
            section { background: #fff; border: 1px solid #d8dde3; border-radius: 8px;
              padding: 1.5rem; margin: 1.5rem 0; }
            code { font: .9em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
            table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
            caption { text-align: left; font-weight: 600; padding: .25rem 0 .5rem; }
            th, td { text-align: left; vertical-align: top; padding: .45rem .6rem; border-bottom: 1px solid #e3e7ec; }
            thead th { background: #eef1f4; border-bottom: 2px solid #c9d0d8; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            table.summary { width: auto; }
            table.summary th { background: none; width: 9rem; font-weight: 600; }
            .message { white-space: pre-line; }
            .remedy { white-space: pre-line; color: #3b424a; }
            .badge { display: inline-block; padding: .05rem .5rem; border-radius: 999px; border: 1px solid;
              font-size: .85em; font-weight: 600; white-space: nowrap; }
            .blocking, .not-certifiable, .invalid { color: #8a1c1c; background: #fdecec; border-color: #e4a3a3; }
            .major { color: #7a4100; background: #fff4e0; border-color: #e8c48a; }
            .minor { color: #0b4f71; background: #e8f4fb; border-color: #9cc9e2; }
            .info { color: #3b424a; background: #f0f2f4; border-color: #c3c9d0; }
            .certifiable { color: #1a5e2a; background: #e8f6ec; border-color: #9ccfaa; }
            footer { max-width: 72rem; margin: 0 auto; padding: 0 1.5rem 2rem; color: #4d5560; font-size: .9em; }
            """;

    @Override
    public void write(List<AuditReport> reports, Writer out) throws IOException {
        String title = reports.size() == 1 ? "Guildmark audit · " + heading(reports.get(0))
                : "Guildmark audit · " + reports.size() + " dossiers";
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<title>" + escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        out.write("<header>\n<h1>Guildmark audit report</h1>\n");
        out.write("<p class=\"lead\">" + (reports.size() == 1 ? "One dossier" : reports.size() + " dossiers")
                + " audited against the AIMEG Code of Ethics and, for union productions, the IATSE Core Principles.</p>\n");
        out.write("</header>\n<main>\n");
        for (int i = 0; i < reports.size(); i++) {
            write(reports.get(i), "dossier-" + (i + 1), out);
        }
        out.write("</main>\n<footer>\n<p>Severities: blocking (certification impossible until fixed), major (fix, or an"
                + " officer accepts a written justification), minor, info.</p>\n</footer>\n</body>\n</html>\n");
    }

    private static void write(AuditReport r, String id, Writer out) throws IOException {
        out.write("<section aria-labelledby=\"" + id + "\">\n");
        out.write("<h2 id=\"" + id + "\">" + escape(heading(r)) + "</h2>\n");
        out.write("<p class=\"meta\">Dossier <code>" + escape(r.dossier()) + "</code>"
                + (r.dossierSha256() == null ? "" : " · sha256 <code>" + escape(r.dossierSha256()) + "</code>")
                + " · as of " + escape(String.valueOf(r.asOf())) + " · AIMEG Code of Ethics "
                + escape(r.codeVersion()) + "</p>\n");

        out.write("<table class=\"summary\">\n<caption>Summary</caption>\n<tbody>\n");
        row(out, "Production", r.production() == null ? "—" : "<code>" + escape(r.production()) + "</code>");
        row(out, "ADL", r.adl() == null ? "—" : escape(r.adl().display() + " · " + r.adl().name()));
        row(out, "AI share", r.adl() == null ? "—" : escape(JsonReport.plain(r.adl().shareRounded()).toPlainString()));
        row(out, "Verdict", "<span class=\"badge " + r.verdict().code() + "\">"
                + escape(MarkdownReport.verdict(r.verdict())) + "</span>");
        StringBuilder counts = new StringBuilder();
        for (Severity s : Severity.values()) {
            counts.append(counts.isEmpty() ? "" : " · ").append(r.count(s)).append(' ').append(s.code());
        }
        row(out, "Findings", counts.toString());
        out.write("</tbody>\n</table>\n");

        if (!r.errors().isEmpty()) {
            out.write("<h3>Dossier errors</h3>\n<p>The dossier cannot be audited until these are fixed.</p>\n");
            out.write("<table>\n<caption>Dossier errors</caption>\n<thead>\n<tr><th scope=\"col\">Location</th>"
                    + "<th scope=\"col\">Pointer</th><th scope=\"col\">Message</th></tr>\n</thead>\n<tbody>\n");
            for (Problem p : r.errors()) {
                out.write("<tr><td><code>" + escape(p.location()) + "</code></td><td>"
                        + (p.pointer().isEmpty() ? "—" : "<code>" + escape(p.pointer()) + "</code>")
                        + "</td><td class=\"message\">" + escape(p.message()) + "</td></tr>\n");
            }
            out.write("</tbody>\n</table>\n");
            if (r.errorsOmitted() > 0) {
                out.write("<p>… and " + r.errorsOmitted() + " more errors not listed.</p>\n");
            }
        }

        if (r.verdict() != Verdict.INVALID) {
            out.write("<h3>Findings</h3>\n");
            if (r.findings().isEmpty()) {
                out.write("<p>No findings.</p>\n");
            }
            for (Map.Entry<String, List<Finding>> group : Headings.byPrinciple(r.findings()).entrySet()) {
                out.write("<table>\n<caption>" + escape(group.getKey()) + "</caption>\n<thead>\n<tr>"
                        + "<th scope=\"col\">Severity</th><th scope=\"col\">Clause</th><th scope=\"col\">Subject</th>"
                        + "<th scope=\"col\">Rule</th><th scope=\"col\">Message</th>"
                        + "<th scope=\"col\">Remediation</th></tr>\n</thead>\n<tbody>\n");
                for (Finding f : group.getValue()) {
                    String severity = f.severity().code();
                    out.write("<tr><td><span class=\"badge " + severity + "\">" + severity + "</span></td>"
                            + "<td>" + escape(f.clause()) + "</td>"
                            + "<td><code>" + escape(f.subject()) + "</code></td>"
                            + "<td><code>" + escape(f.rule()) + "</code></td>"
                            + "<td class=\"message\">" + escape(f.message()) + "</td>"
                            + "<td class=\"remedy\">" + escape(f.remediation()) + "</td></tr>\n");
                }
                out.write("</tbody>\n</table>\n");
            }
            Map<String, Long> omitted = new TreeMap<>(r.omitted());
            if (!omitted.isEmpty()) {
                out.write("<ul>\n");
                for (Map.Entry<String, Long> e : omitted.entrySet()) {
                    out.write("<li>… " + e.getValue() + " more findings of <code>" + escape(e.getKey())
                            + "</code> not listed</li>\n");
                }
                out.write("</ul>\n");
            }

            out.write("<h3>Attestations</h3>\n<p>");
            out.write(r.attestationsMissing().isEmpty()
                    ? "All " + r.attestationsRequired().size() + " attestation clauses are attested."
                    : "Missing for clauses " + escape(String.join(", ", r.attestationsMissing())) + ".");
            out.write("</p>\n");
        }

        out.write("<h3>Out of scope</h3>\n<p>");
        out.write(r.outOfScope().isEmpty() ? "None."
                : escape(String.join(", ", r.outOfScope())) + ": these bind guild members, not productions.");
        out.write("</p>\n</section>\n");
    }

    private static void row(Writer out, String header, String html) throws IOException {
        out.write("<tr><th scope=\"row\">" + header + "</th><td>" + html + "</td></tr>\n");
    }

    private static String heading(AuditReport r) {
        return r.title() == null ? r.dossier() : r.title() + " (" + r.production() + ")";
    }

    /**
     * Text safe in element content and in quoted attributes: the five markup characters become references and
     * control characters HTML forbids become U+FFFD.
     */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\t', '\n' -> b.append(c);
                case '\r' -> {
                    if (i + 1 == s.length() || s.charAt(i + 1) != '\n') {
                        b.append('\n');
                    }
                }
                default -> b.append(c < 0x20 || (c >= 0x7f && c < 0xa0) ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }
}
