package org.guildmark.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildmark.core.report.ExampleReports.audit;
import static org.guildmark.core.report.ExampleReports.finding;
import static org.guildmark.core.report.ExampleReports.handBuilt;
import static org.guildmark.core.report.ExampleReports.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guildmark.core.audit.AuditReport;
import org.guildmark.core.audit.Finding;
import org.guildmark.core.audit.Rule;
import org.guildmark.core.audit.Rules;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.read.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SarifReportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<Severity, String> LEVEL = Map.of(
            Severity.BLOCKING, "error", Severity.MAJOR, "warning", Severity.MINOR, "note", Severity.INFO, "note");

    private final SarifReport sarif = new SarifReport();

    private static JsonNode parse(String text) {
        return JSON.readTree(text);
    }

    @Test
    void the_log_is_sarif_2_1_0_with_one_run_per_dossier() {
        List<AuditReport> reports = List.of(audit(ExampleReports.PAPER_LANTERN),
                audit("../examples/lighthouse-feature.yaml"));

        JsonNode log = parse(render(sarif, reports));

        assertThat(log.path("$schema").asString()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(log.path("version").asString()).isEqualTo("2.1.0");
        assertThat(log.path("runs").size()).isEqualTo(2);
        assertThat(log.path("runs").get(0).path("properties").path("production").asString())
                .isEqualTo("paper-lantern-s1");
        assertThat(log.path("runs").get(0).path("properties").path("verdict").asString())
                .isEqualTo("not-certifiable");
        assertThat(log.path("runs").get(1).path("properties").path("verdict").asString()).isEqualTo("certifiable");
        assertThat(log.path("runs").get(0).path("artifacts").get(0).path("hashes").path("sha-256").asString())
                .isEqualTo(reports.get(0).dossierSha256());
    }

    @Test
    void the_driver_is_guildmark_and_describes_every_rule_and_dossier_errors() {
        JsonNode driver = parse(render(sarif, audit(ExampleReports.PAPER_LANTERN)))
                .path("runs").get(0).path("tool").path("driver");

        assertThat(driver.path("name").asString()).isEqualTo("Guildmark");
        assertThat(driver.has("informationUri")).isFalse();
        JsonNode rules = driver.path("rules");
        assertThat(rules.size()).isEqualTo(Rules.all().size() + 1);
        for (int i = 0; i < Rules.all().size(); i++) {
            var spec = Rules.all().get(i).spec();
            JsonNode rule = rules.get(i);
            assertThat(rule.path("id").asString()).isEqualTo(spec.id());
            assertThat(rule.path("shortDescription").path("text").asString()).isEqualTo(spec.checks());
            assertThat(rule.path("properties").path("clause").asString()).isEqualTo(spec.clause());
            assertThat(rule.path("properties").path("severity").asString()).isEqualTo(spec.severity().code());
            assertThat(rule.path("defaultConfiguration").path("level").asString())
                    .isEqualTo(LEVEL.get(spec.severity()));
        }
        assertThat(rules.get(Rules.all().size()).path("id").asString()).isEqualTo("dossier-error");
        assertThat(rules.get(Rules.all().size()).path("defaultConfiguration").path("level").asString())
                .isEqualTo("error");
    }

    @Test
    void each_finding_of_paper_lantern_is_a_result_with_its_level_location_and_fingerprint() {
        AuditReport report = audit(ExampleReports.PAPER_LANTERN);
        JsonNode run = parse(render(sarif, report)).path("runs").get(0);
        JsonNode results = run.path("results");
        List<String> ruleIds = Rules.all().stream().map(Rule::spec).map(s -> s.id()).toList();

        assertThat(results.size()).isEqualTo(report.findings().size()).isEqualTo(6);
        for (int i = 0; i < results.size(); i++) {
            Finding f = report.findings().get(i);
            JsonNode result = results.get(i);
            assertThat(result.path("ruleId").asString()).isEqualTo(f.rule());
            assertThat(result.path("ruleIndex").asInt()).isEqualTo(ruleIds.indexOf(f.rule()));
            assertThat(result.path("level").asString()).isEqualTo(LEVEL.get(f.severity()));
            assertThat(result.path("message").path("text").asString())
                    .isEqualTo(f.message() + " Remediation: " + f.remediation());
            JsonNode location = result.path("locations").get(0);
            assertThat(location.path("physicalLocation").path("artifactLocation").path("uri").asString())
                    .isEqualTo("../examples/paper-lantern-series.yaml");
            assertThat(location.path("logicalLocations").get(0).path("fullyQualifiedName").asString())
                    .isEqualTo(f.subject());
            assertThat(result.path("partialFingerprints").path("guildmarkFindingId").asString()).isEqualTo(f.id());
            assertThat(result.path("properties").path("clause").asString()).isEqualTo(f.clause());
        }
    }

    @Test
    void the_underpaid_animator_is_an_error_fingerprinted_by_engagement_not_by_position() {
        JsonNode results = parse(render(sarif, audit(ExampleReports.PAPER_LANTERN))).path("runs").get(0)
                .path("results");

        JsonNode underpaid = null;
        for (JsonNode r : results.values()) {
            if (r.path("ruleId").asString().equals("engagement-paid-at-least-minimum")) {
                underpaid = r;
            }
        }
        assertThat(underpaid).isNotNull();
        assertThat(underpaid.path("level").asString()).isEqualTo("error");
        assertThat(underpaid.path("properties").path("clause").asString()).isEqualTo("2.1");
        assertThat(underpaid.path("partialFingerprints").path("guildmarkFindingId").asString())
                .isEqualTo("engagement-paid-at-least-minimum@engagement:mei/animator/2026-02-02");
        assertThat(underpaid.path("message").path("text").asString())
                .endsWith(" Remediation: Raise the rate to at least 52.00 USD per hour.");
    }

    @Test
    void blocking_is_an_error_major_a_warning_and_minor_and_info_are_notes() {
        List<Finding> findings = new ArrayList<>();
        for (Severity s : Severity.values()) {
            findings.add(finding("r@" + s.code(), "1.1", s, "ai-asset-has-human-approver", "/assets/0", "m", "r"));
        }

        JsonNode results = parse(render(sarif, handBuilt("Levels", findings, List.of()))).path("runs").get(0)
                .path("results");

        assertThat(results.values().stream().map(r -> r.path("level").asString()).toList())
                .containsExactly("error", "warning", "note", "note");
        assertThat(results.values().stream().map(r -> r.path("partialFingerprints").path("guildmarkFindingId")
                .asString()).toList()).containsExactly("r@blocking", "r@major", "r@minor", "r@info");
    }

    @Test
    void an_invalid_dossier_gives_dossier_error_results_pointing_at_line_and_column(@TempDir Path dir)
            throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "guildmark: dossier/v1\nproduction: {id: x, title: y}\nassets: [ {id: a, kind: nope} ]\n");
        AuditReport report = audit(broken, "dossiers/broken.yaml");
        assertThat(report.errors()).isNotEmpty();

        JsonNode run = parse(render(sarif, report)).path("runs").get(0);
        JsonNode results = run.path("results");

        assertThat(results.size()).isEqualTo(report.errors().size());
        int dossierErrorIndex = run.path("tool").path("driver").path("rules").size() - 1;
        for (int i = 0; i < results.size(); i++) {
            Problem problem = report.errors().get(i);
            JsonNode result = results.get(i);
            assertThat(result.path("ruleId").asString()).isEqualTo("dossier-error");
            assertThat(result.path("ruleIndex").asInt()).isEqualTo(dossierErrorIndex);
            assertThat(result.path("level").asString()).isEqualTo("error");
            assertThat(result.path("message").path("text").asString()).isEqualTo(problem.message());
            JsonNode physical = result.path("locations").get(0).path("physicalLocation");
            assertThat(physical.path("artifactLocation").path("uri").asString()).isEqualTo("dossiers/broken.yaml");
            assertThat(problem.location()).isEqualTo("dossiers/broken.yaml:" + physical.path("region")
                    .path("startLine").asInt() + ":" + physical.path("region").path("startColumn").asInt());
        }
        JsonNode kind = results.get(results.size() - 1);
        assertThat(kind.path("message").path("text").asString()).startsWith("unknown value 'nope'");
        assertThat(kind.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt())
                .isEqualTo(3);
        assertThat(kind.path("locations").get(0).path("physicalLocation").path("region").path("startColumn").asInt())
                .isEqualTo(25);
        assertThat(kind.path("locations").get(0).path("logicalLocations").get(0).path("fullyQualifiedName")
                .asString()).isEqualTo("/assets/0/kind");
    }

    @Test
    void windows_paths_become_file_uris_with_forward_slashes_and_their_line_and_column_survive() {
        AuditReport report = ExampleReports.invalid("C:\\films\\paper lantern.yaml",
                List.of(new Problem("C:\\films\\paper lantern.yaml:41:7", "/assets/3", "unknown tool 'x'")));

        JsonNode physical = parse(render(sarif, report)).path("runs").get(0).path("results").get(0)
                .path("locations").get(0).path("physicalLocation");

        assertThat(physical.path("artifactLocation").path("uri").asString())
                .isEqualTo("file:///C:/films/paper%20lantern.yaml");
        assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(41);
        assertThat(physical.path("region").path("startColumn").asInt()).isEqualTo(7);
    }

    @Test
    void relative_paths_stay_relative_with_forward_slashes() {
        assertThat(SarifReport.uri("examples\\paper-lantern-series.yaml")).isEqualTo("examples/paper-lantern-series.yaml");
        assertThat(SarifReport.uri("../examples/x.yaml")).isEqualTo("../examples/x.yaml");
        assertThat(SarifReport.uri("dossiers/été #2.yaml")).isEqualTo("dossiers/%C3%A9t%C3%A9%20%232.yaml");
    }
}
