package org.guildmark.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildmark.core.report.ExampleReports.audit;
import static org.guildmark.core.report.ExampleReports.finding;
import static org.guildmark.core.report.ExampleReports.handBuilt;
import static org.guildmark.core.report.ExampleReports.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.guildmark.core.audit.AuditReport;
import org.guildmark.core.audit.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {
    private final MarkdownReport markdown = new MarkdownReport();

    @Test
    void paper_lantern_has_a_heading_and_a_summary_row_with_adl_share_verdict_and_counts() {
        String md = render(markdown, audit(ExampleReports.PAPER_LANTERN));

        assertThat(md).startsWith("# Guildmark audit report\n");
        assertThat(md).contains("\n## Paper Lantern (paper-lantern-s1)\n");
        assertThat(md).contains("| Production | ADL | AI share | Verdict | Blocking | Major | Minor | Info |\n"
                + "|---|---|---:|---|---:|---:|---:|---:|\n"
                + "| `paper-lantern-s1` | ADL-2 (X) · AI-augmented | 0.064 | **Not certifiable** | 3 | 2 | 1 | 0 |\n");
    }

    @Test
    void the_underpaid_animator_is_a_blocking_row_under_the_fair_labour_principle() {
        String md = render(markdown, audit(ExampleReports.PAPER_LANTERN));

        String row = "| blocking | 2.1 | `/engagements/4/rate/amount` | `engagement-paid-at-least-minimum` | "
                + "'mei' is paid 24.00 USD per hour as animator, below the minimum of 52.00 USD per hour in force on "
                + "2026-02-02 (aimeg-example-2026). | Raise the rate to at least 52.00 USD per hour. |\n";
        assertThat(md).contains(row);
        int principle = md.indexOf("\n#### Principle II · Fair Labor \\& Compensation\n");
        int next = md.indexOf("\n#### ", principle + 1);
        assertThat(principle).isPositive();
        assertThat(md.indexOf(row)).isBetween(principle, next);
    }

    @Test
    void every_finding_of_paper_lantern_is_one_table_row() {
        AuditReport report = audit(ExampleReports.PAPER_LANTERN);
        String md = render(markdown, report);

        long rows = md.lines().filter(l -> l.matches("\\| (blocking|major|minor|info) \\|.*")).count();
        assertThat(rows).isEqualTo(report.findings().size()).isEqualTo(6);
        assertThat(md).contains("All 7 attestation clauses are attested.")
                .contains("5.4, 6.3, 8.1, 8.2, 8.3, enforcement: these bind guild members, not productions.");
    }

    @Test
    void a_pipe_or_a_line_break_in_a_message_cannot_break_the_findings_table() {
        AuditReport report = handBuilt("Pipes", List.of(finding("engagement-rate-scheduled@e:1", "2.1", Severity.MINOR,
                "engagement-rate-scheduled", "/engagements/0|1", "role | unit not scheduled\nsee the schedule",
                "Ask an officer\r\nto review | map the role.")), List.of());

        String md = render(markdown, report);

        assertThat(md).contains("| minor | 2.1 | `/engagements/0\\|1` | `engagement-rate-scheduled` | "
                + "role \\| unit not scheduled<br>see the schedule | Ask an officer<br>to review \\| map the role. |\n");
        md.lines().filter(l -> l.startsWith("| minor ")).forEach(line ->
                assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(7));
    }

    @Test
    void markdown_in_a_title_or_message_renders_as_plain_text() {
        AuditReport report = handBuilt("**Bold** [link](x) <b>", List.of(finding("r@1", "1.1", Severity.BLOCKING,
                "ai-asset-has-human-approver", "/assets/0", "uses `code` and _emphasis_", "fix it")), List.of());

        String md = render(markdown, report);

        assertThat(md).contains("## \\*\\*Bold\\*\\* \\[link\\](x) \\<b\\> (hand-built)\n")
                .contains("uses \\`code\\` and \\_emphasis\\_");
    }

    @Test
    void missing_attestations_are_listed_by_clause() {
        String md = render(markdown, handBuilt("Unattested", List.of(), List.of("2.4", "7.3")));

        assertThat(md).contains("### Attestations\n\nMissing for clauses 2.4, 7.3.\n")
                .contains("### Findings\n\nNo findings.\n")
                .contains("**Not certifiable**");
    }

    @Test
    void an_invalid_dossier_lists_its_errors_with_location_pointer_and_message_instead_of_findings(
            @TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "guildmark: dossier/v1\nproduction: {id: x, title: y}\nassets: [ {id: a, kind: nope} ]\n");

        String md = render(markdown, audit(broken, "broken.yaml"));

        assertThat(md).contains("**Invalid dossier**")
                .contains("### Dossier errors")
                .contains("| Location | Pointer | Message |\n|---|---|---|\n")
                .containsPattern("\\| `broken\\.yaml:3:25` \\| `/assets/0/kind` \\| unknown value 'nope'.*\\|\n")
                .doesNotContain("### Findings")
                .doesNotContain("### Attestations")
                .contains("### Out of scope");
    }
}
