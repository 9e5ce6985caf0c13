package org.guildmark.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildmark.core.report.ExampleReports.audit;
import static org.guildmark.core.report.ExampleReports.finding;
import static org.guildmark.core.report.ExampleReports.handBuilt;
import static org.guildmark.core.report.ExampleReports.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guildmark.core.audit.AuditReport;
import org.guildmark.core.audit.Severity;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private final HtmlReport html = new HtmlReport();

    @Test
    void the_report_is_one_english_html5_page_titled_after_the_production() {
        String page = render(html, audit(ExampleReports.PAPER_LANTERN));

        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .contains("<title>Guildmark audit · Paper Lantern (paper-lantern-s1)</title>")
                .contains("<h1>Guildmark audit report</h1>")
                .contains("<h2 id=\"dossier-1\">Paper Lantern (paper-lantern-s1)</h2>")
                .endsWith("</html>\n");
    }

    @Test
    void the_page_is_self_contained_with_no_script_and_nothing_fetched() {
        String page = render(html, ExampleReports.ALL_EXAMPLES.stream().map(ExampleReports::audit).toList());

        assertThat(page).contains("<style>")
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<link")
                .doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<iframe")
                .doesNotContain("src=", "href=", "url(", "@import", "http:", "https:")
                .doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=");
    }

    @Test
    void the_underpaid_animator_is_a_blocking_row_whose_severity_is_written_out() {
        String page = render(html, audit(ExampleReports.PAPER_LANTERN));

        assertThat(page).contains("<caption>Principle II · Fair Labor &amp; Compensation</caption>")
                .contains("<tr><td><span class=\"badge blocking\">blocking</span></td><td>2.1</td>"
                        + "<td><code>/engagements/4/rate/amount</code></td>"
                        + "<td><code>engagement-paid-at-least-minimum</code></td>"
                        + "<td class=\"message\">&#39;mei&#39; is paid 24.00 USD per hour as animator, below the minimum"
                        + " of 52.00 USD per hour in force on 2026-02-02 (aimeg-example-2026).</td>"
                        + "<td class=\"remedy\">Raise the rate to at least 52.00 USD per hour.</td></tr>")
                .contains("<tr><th scope=\"row\">Verdict</th><td><span class=\"badge not-certifiable\">Not certifiable"
                        + "</span></td></tr>")
                .contains("<tr><th scope=\"row\">ADL</th><td>ADL-2 (X) · AI-augmented</td></tr>")
                .contains("<tr><th scope=\"row\">AI share</th><td>0.064</td></tr>")
                .contains("<tr><th scope=\"row\">Findings</th><td>3 blocking · 2 major · 1 minor · 0 info</td></tr>");
    }

    @Test
    void every_table_has_a_caption_and_every_header_cell_a_scope() {
        String page = render(html, ExampleReports.ALL_EXAMPLES.stream().map(ExampleReports::audit).toList());

        assertThat(count(page, "<table")).isGreaterThan(4).isEqualTo(count(page, "</table>"));
        assertThat(count(page, "<table[^>]*>\n<caption>")).isEqualTo(count(page, "<table"));
        assertThat(count(page, "<th ")).isPositive().isEqualTo(count(page, "<th scope=\"(col|row)\">"));
        assertThat(count(page, "<th>")).isZero();
    }

    @Test
    void several_dossiers_are_one_page_with_a_section_each() {
        List<AuditReport> reports = ExampleReports.ALL_EXAMPLES.stream().map(ExampleReports::audit).toList();

        String page = render(html, reports);

        assertThat(count(page, "<html")).isOne();
        assertThat(count(page, "<section")).isEqualTo(4).isEqualTo(count(page, "</section>"));
        assertThat(count(page, "<h2 ")).isEqualTo(4);
        assertThat(page).contains("<title>Guildmark audit · 4 dossiers</title>")
                .contains("The Lighthouse Keeper")
                .contains("Voices of the Harbor")
                .contains("Paper Lantern (paper-lantern-s1)");
        assertThat(page.indexOf("Paper Lantern (paper-lantern-s1)</h2>"))
                .isGreaterThan(page.indexOf("Voices of the Harbor"));
    }

    @Test
    void a_script_tag_in_a_dossier_title_is_escaped_and_never_runs() {
        String title = "<script>alert('pwned')</script> & \"Friends\"";
        AuditReport report = handBuilt(title, List.of(finding("r@1", "1.1", Severity.BLOCKING,
                "ai-asset-has-human-approver", "/assets/0\"><img src=x>", "<b>bold</b>", "</td></tr></table>")),
                List.of());

        String page = render(html, report);

        String escaped = "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; &amp; &quot;Friends&quot;";
        assertThat(page).doesNotContain("<script", "<img", "<b>")
                .contains("<title>Guildmark audit · " + escaped + " (hand-built)</title>")
                .contains(">" + escaped + " (hand-built)</h2>")
                .contains("<code>/assets/0&quot;&gt;&lt;img src=x&gt;</code>")
                .contains("<td class=\"message\">&lt;b&gt;bold&lt;/b&gt;</td>")
                .contains("<td class=\"remedy\">&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</td>");
        assertThat(count(page, "</table>")).isEqualTo(count(page, "<table"));
    }

    @Test
    void missing_attestations_are_listed_by_clause() {
        String page = render(html, handBuilt("Unattested", List.of(), List.of("7.3")));

        assertThat(page).contains("<h3>Attestations</h3>\n<p>Missing for clauses 7.3.</p>")
                .contains("<p>No findings.</p>");
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
