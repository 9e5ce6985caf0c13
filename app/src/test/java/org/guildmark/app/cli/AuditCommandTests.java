package org.guildmark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildmark.app.cli.Run.LIGHTHOUSE;
import static org.guildmark.app.cli.Run.PAPER_LANTERN;
import static org.guildmark.app.cli.Run.guildmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code guildmark audit} on the example dossiers: verdicts, exit codes, the JSON report, options. */
class AuditCommandTests {

    @TempDir
    Path dir;

    @Test
    void the_lighthouse_feature_is_certifiable_at_adl_2_with_a_replica_and_a_synthetic_voice() {
        Run run = guildmark("audit", LIGHTHOUSE, "--no-color");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("CERTIFIABLE", "ADL-2 (R, V)").doesNotContain("NOT CERTIFIABLE");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void the_paper_lantern_series_is_not_certifiable_and_exits_1() {
        Run run = guildmark("audit", PAPER_LANTERN, "--no-color");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("NOT CERTIFIABLE", "engagement-paid-at-least-minimum");
    }

    @Test
    void fail_on_info_fails_the_lighthouse_feature_for_its_info_finding() {
        Run run = guildmark("audit", LIGHTHOUSE, "--fail-on", "info", "--no-color");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("CERTIFIABLE", "1 info", "eu-ai-act-deepfake-disclosure");
    }

    @Test
    void fail_on_minor_still_passes_the_lighthouse_feature_whose_only_finding_is_info() {
        assertThat(guildmark("audit", LIGHTHOUSE, "--fail-on", "minor").exit()).isZero();
    }

    @Test
    void several_dossiers_exit_with_the_worst_result_and_json_gives_one_report_per_file() {
        Run run = guildmark("audit", LIGHTHOUSE, PAPER_LANTERN, "--format", "json");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        JsonNode reports = run.json();
        assertThat(reports.isArray()).isTrue();
        assertThat(reports.size()).isEqualTo(2);
        assertThat(reports.get(0).get("dossier").asString()).isEqualTo(LIGHTHOUSE);
        assertThat(reports.get(0).get("verdict").asString()).isEqualTo("certifiable");
        assertThat(reports.get(1).get("dossier").asString()).isEqualTo(PAPER_LANTERN);
        assertThat(reports.get(1).get("verdict").asString()).isEqualTo("not-certifiable");
    }

    @Test
    void an_invalid_dossier_among_several_makes_the_exit_code_2() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.yaml"));

        Run run = guildmark("audit", LIGHTHOUSE, PAPER_LANTERN, empty.toString(), "--no-color");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).contains("CERTIFIABLE", "NOT CERTIFIABLE", "INVALID DOSSIER");
    }

    @Test
    void the_json_report_has_every_field_of_audit_report_v1() throws Exception {
        Run run = guildmark("audit", PAPER_LANTERN, "--format", "json", "--as-of", "2026-11-25");
        JsonNode report = run.json();

        assertThat(report.propertyNames()).contains("guildmark", "dossier", "dossierSha256", "production",
                "codeVersion", "asOf", "adl", "verdict", "counts", "findings", "attestations", "errors");
        assertThat(report.get("guildmark").asString()).isEqualTo("audit-report/v1");
        assertThat(report.get("dossier").asString()).isEqualTo(PAPER_LANTERN);
        assertThat(report.get("dossierSha256").asString()).isEqualTo(sha256(Path.of(PAPER_LANTERN)));
        assertThat(report.get("production").asString()).isEqualTo("paper-lantern-s1");
        assertThat(report.get("codeVersion").asString()).isEqualTo("1.0");
        assertThat(report.get("asOf").asString()).isEqualTo("2026-11-25");

        JsonNode adl = report.get("adl");
        assertThat(adl.propertyNames()).contains("level", "display", "share", "markers");
        assertThat(adl.get("level").asInt()).isEqualTo(2);
        assertThat(adl.get("display").asString()).isEqualTo("ADL-2 (X)");
        assertThat(adl.get("share").isNumber()).isTrue();
        assertThat(adl.get("markers").isArray()).isTrue();
        assertThat(adl.get("markers").get(0).asString()).isEqualTo("X");

        assertThat(report.get("verdict").asString()).isEqualTo("not-certifiable");
        JsonNode counts = report.get("counts");
        assertThat(counts.propertyNames()).containsExactly("blocking", "major", "minor", "info");
        assertThat(List.of(counts.get("blocking").asInt(), counts.get("major").asInt(), counts.get("minor").asInt(),
                counts.get("info").asInt())).containsExactly(3, 2, 1, 0);

        JsonNode findings = report.get("findings");
        assertThat(findings.size()).isEqualTo(6);
        for (JsonNode finding : findings) {
            assertThat(finding.propertyNames()).as(finding.toString())
                    .contains("clause", "severity", "rule", "subject", "message", "remediation");
            assertThat(finding.get("severity").asString()).isIn("blocking", "major", "minor", "info");
            assertThat(finding.get("subject").asString()).startsWith("/");
        }

        JsonNode attestations = report.get("attestations");
        assertThat(attestations.propertyNames()).contains("required", "missing");
        assertThat(attestations.get("required").isArray()).isTrue();
        assertThat(attestations.get("required").size()).isEqualTo(7);
        assertThat(attestations.get("missing").isEmpty()).isTrue();
        assertThat(report.get("errors").isArray()).isTrue();
        assertThat(report.get("errors").isEmpty()).isTrue();
    }

    @Test
    void as_of_is_echoed_in_the_report() {
        Run run = guildmark("audit", LIGHTHOUSE, "--format", "json", "--as-of", "2026-09-01");

        assertThat(run.json().get("asOf").asString()).isEqualTo("2026-09-01");
    }

    @Test
    void the_same_audit_twice_gives_identical_output() {
        assertThat(guildmark("audit", PAPER_LANTERN, "--format", "json", "--as-of", "2026-11-25").out())
                .isEqualTo(guildmark("audit", PAPER_LANTERN, "--format", "json", "--as-of", "2026-11-25").out());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "--as-of, 2026-13-01",
            "--as-of, 2026-02-30",
            "--format, pdf",
            "--fail-on, severe",
            "--max-findings-per-rule, 0",
            "--max-findings-per-rule, many"})
    void a_bad_option_value_exits_2_with_one_line_naming_the_option(String option, String value) {
        Run run = guildmark("audit", LIGHTHOUSE, option, value);

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).as(run.err()).singleElement().asString()
                .startsWith("guildmark audit: ")
                .contains(option)
                .doesNotContain("at org.", "Exception", "java.");
    }

    @Test
    void an_impossible_date_is_explained_in_the_format_it_should_have() {
        assertThat(guildmark("audit", LIGHTHOUSE, "--as-of", "2026-13-01").err())
                .contains("'2026-13-01' is not a date; write it as YYYY-MM-DD");
    }

    @Test
    void an_unknown_format_lists_the_formats_there_are() {
        assertThat(guildmark("audit", LIGHTHOUSE, "--format", "pdf").err())
                .contains("'pdf' is not a report format; use one of text, json, markdown, html, sarif");
    }

    @Test
    void an_unknown_severity_lists_the_severities_there_are() {
        assertThat(guildmark("audit", LIGHTHOUSE, "--fail-on", "severe").err())
                .contains("'severe' is not a severity; use one of blocking, major, minor, info");
    }

    @Test
    void a_sarif_report_written_with_out_creates_its_directories_and_prints_nothing() throws IOException {
        Path target = dir.resolve("ci/reports/audit.sarif");

        Run run = guildmark("audit", LIGHTHOUSE, "--format", "sarif", "--out", target.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Report written to " + target);
        JsonNode sarif = JsonMapper.builder().build().readTree(Files.readString(target));
        assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
        assertThat(sarif.get("runs").get(0).get("tool").get("driver").get("name").asString()).isEqualTo("Guildmark");
        try (var files = Files.list(target.getParent())) {
            assertThat(files.toList()).as("no temporary file is left behind").containsExactly(target);
        }
    }

    @Test
    void writing_over_an_existing_report_replaces_it_entirely() throws IOException {
        Path target = dir.resolve("audit.sarif");
        guildmark("audit", PAPER_LANTERN, "--format", "sarif", "--out", target.toString());
        assertThat(target).content().contains("paper-lantern-s1");

        Run run = guildmark("audit", LIGHTHOUSE, "--format", "sarif", "--out", target.toString());

        assertThat(run.exit()).isZero();
        String sarif = Files.readString(target);
        assertThat(sarif).contains("lighthouse-2026").doesNotContain("paper-lantern-s1");
        assertThat(JsonMapper.builder().build().readTree(sarif).get("runs").size()).isEqualTo(1);
    }

    @Test
    void out_naming_a_directory_is_a_usage_error_that_suggests_a_file_name() throws IOException {
        Path existing = Files.createDirectory(dir.resolve("reports"));

        Run run = guildmark("audit", LIGHTHOUSE, "--format", "sarif", "--out", existing.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("--out names the directory", existing.resolve("audit.sarif").toString());
    }

    @Test
    void out_below_a_file_fails_with_one_line_saying_why() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");

        Run run = guildmark("audit", LIGHTHOUSE, "--out", file.resolve("audit.txt").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("cannot write the report to", file + " exists and is not a directory")
                .doesNotContain("at org.");
    }

    @Test
    void past_the_per_rule_cap_findings_are_counted_but_not_listed() throws IOException {
        Path dossier = Files.writeString(dir.resolve("credits.yaml"), """
                guildmark: dossier/v1
                production: { id: off-screen, title: Off Screen, type: short, productionDate: 2026-04-01 }
                people:
                  - { id: a, name: A }
                  - { id: b, name: B }
                  - { id: c, name: C }
                credits:
                  - { person: a, role: prompter, onScreen: false }
                  - { person: b, role: prompter, onScreen: false }
                  - { person: c, role: prompter, onScreen: false }
                disclosure: { declaredAdl: 0 }
                """);

        JsonNode report = guildmark("audit", dossier.toString(), "--format", "json", "--max-findings-per-rule", "1")
                .json();

        assertThat(report.get("findings").findValuesAsString("rule"))
                .filteredOn("emergent-roles-on-screen"::equals).hasSize(1);
        assertThat(report.get("omitted").get("emergent-roles-on-screen").asInt()).isEqualTo(2);
        assertThat(report.get("counts").get("major").asInt()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void every_format_can_be_chosen_and_each_looks_like_itself() {
        assertThat(guildmark("audit", LIGHTHOUSE, "--format", "markdown").out()).startsWith("# ");
        assertThat(guildmark("audit", LIGHTHOUSE, "--format", "html").out()).startsWith("<!DOCTYPE html>");
        assertThat(guildmark("audit", LIGHTHOUSE, "--format", "sarif").out()).contains("\"version\" : \"2.1.0\"");
        assertThat(guildmark("audit", LIGHTHOUSE, "--format", "JSON").out()).contains("\"guildmark\" : \"audit-report/v1\"");
        assertThat(guildmark("audit", LIGHTHOUSE, "--no-color").out()).startsWith("Guildmark audit · The Lighthouse Keeper")
                .doesNotContain("\u001b[");
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
