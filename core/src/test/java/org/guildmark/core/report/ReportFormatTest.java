package org.guildmark.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildmark.core.report.ExampleReports.render;

import java.util.Arrays;
import java.util.List;

import org.guildmark.core.audit.AuditReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportFormatTest {

    @Test
    void the_formats_are_text_json_markdown_html_and_sarif_in_that_order() {
        assertThat(Arrays.stream(ReportFormat.values()).map(ReportFormat::code))
                .containsExactly("text", "json", "markdown", "html", "sarif");
    }

    @Test
    void each_format_has_its_own_writer() {
        assertThat(ReportFormat.MARKDOWN.writer(false)).isInstanceOf(MarkdownReport.class);
        assertThat(ReportFormat.HTML.writer(true)).isInstanceOf(HtmlReport.class);
        assertThat(ReportFormat.SARIF.writer(false)).isInstanceOf(SarifReport.class);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void auditing_the_same_dossiers_twice_writes_the_same_bytes(ReportFormat format) {
        List<AuditReport> first = ExampleReports.ALL_EXAMPLES.stream().map(ExampleReports::audit).toList();
        List<AuditReport> second = ExampleReports.ALL_EXAMPLES.stream().map(ExampleReports::audit).toList();

        String once = render(format.writer(false), first);
        String twice = render(format.writer(false), second);

        assertThat(once).isNotBlank().isEqualTo(twice);
        assertThat(render(format.writer(false), first)).isEqualTo(once);
    }
}
