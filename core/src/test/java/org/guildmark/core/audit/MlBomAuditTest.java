package org.guildmark.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildmark.core.Dossiers.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.assertj.core.api.ListAssert;
import org.guildmark.core.CycloneDxFixtures;
import org.guildmark.core.Dossiers;
import org.guildmark.core.dossier.AiTool;
import org.guildmark.core.dossier.Enums.Sourcing;
import org.guildmark.core.dossier.Enums.ToolKind;
import org.guildmark.core.evidence.mlbom.MlBom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An AI tool's ML-BOM, beside the dossier, completes what the dossier says of the tool: its vendor for 4.2, its
 * datasets' licences for 5.2. One that cannot be read is a minor finding, never a broken dossier.
 */
class MlBomAuditTest {
    private static final String TRAINING_DATA = "trainingData: { sourcing: licensed }";
    private static final String WITH_ML_BOM = "trainingData: { sourcing: licensed, mlBom: boms/plategen.cdx.json }";

    @TempDir
    Path dir;

    @BeforeEach
    void bomsDirectory() throws IOException {
        Files.createDirectories(dir.resolve("boms"));
    }

    private void bom(String content) throws IOException {
        Files.writeString(dir.resolve("boms/plategen.cdx.json"), content);
    }

    private void fixtureBom(String fixture) throws IOException {
        Files.copy(CycloneDxFixtures.file(fixture), dir.resolve("boms/plategen.cdx.json"));
    }

    /** A BOM whose model card names one data component, under {@code licence}. */
    private void bomWithDatasetLicence(String licence) throws IOException {
        bom("""
                { "bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "components": [
                  { "type": "machine-learning-model", "name": "plategen", "version": "3.1", "publisher": "Example Labs",
                    "modelCard": { "modelParameters": { "datasets": [ { "ref": "stills" } ] } } },
                  { "type": "data", "bom-ref": "stills", "name": "Film Stills",
                    "licenses": [ { "license": { "id": "%s" } } ] } ] }
                """.formatted(licence));
    }

    private AuditReport audit(String yaml) {
        AuditReport report = Dossiers.audit(dir, yaml);
        assertThat(report.errors()).as("dossier errors").isEmpty();
        return report;
    }

    private ListAssert<String> rulesFired(String yaml) {
        return assertThat(audit(yaml).findings().stream().map(f -> f.rule() + " " + f.severity().code()).toList());
    }

    private static String withMlBom(String yaml) {
        return yaml.replace(TRAINING_DATA, WITH_ML_BOM);
    }

    @Test
    void a_tool_whose_ml_bom_names_its_publisher_documents_its_vendor() throws IOException {
        fixtureBom(CycloneDxFixtures.MACHINE_LEARNING);
        String noVendor = base("    vendor: Example Labs\n", "");

        rulesFired(noVendor).containsExactly("ai-tool-documented major");
        rulesFired(withMlBom(noVendor)).isEmpty();
    }

    @Test
    void the_dossier_wins_over_the_ml_bom_and_a_licence_is_counted_once() {
        var tool = new AiTool(0, "plategen", "PlateGen", "Example Labs", null, ToolKind.GENERATIVE, List.of("plates"),
                new AiTool.TrainingData(Sourcing.MIXED, List.of("cc-by-4.0"), "x", null, "boms/plategen.cdx.json"));
        var bom = new MlBom(Optional.of("1.6"), Optional.of("Acme Inc"), Optional.of("plategen@3.1"),
                List.of(new MlBom.Dataset("Stills", List.of("CC-BY-4.0", "CC0-1.0"))), List.of());

        EffectiveTool effective = EffectiveTool.of(tool, Optional.of(bom));

        assertThat(effective.vendor()).contains("Example Labs");
        assertThat(effective.licences()).extracting(EffectiveTool.TrainingLicence::described)
                .containsExactly("cc-by-4.0", "CC0-1.0 (dataset 'Stills' in its ML-BOM)");
    }

    @Test
    void a_non_commercial_dataset_in_the_ml_bom_blocks_a_commercial_production() throws IOException {
        bomWithDatasetLicence("CC-BY-NC-4.0");
        String attributed = withMlBom(Dossiers.BASE).replace("mlBom: boms/plategen.cdx.json }",
                "mlBom: boms/plategen.cdx.json, attribution: Film Stills courtesy of the archive }");

        AuditReport report = audit(attributed);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("non-commercial-licence-respected");
            assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
            assertThat(f.subject()).isEqualTo("/aiTools/0/trainingData/mlBom");
            assertThat(f.id()).isEqualTo("non-commercial-licence-respected@tool:plategen/CC-BY-NC-4.0");
            assertThat(f.message()).contains("CC-BY-NC-4.0 (dataset 'Film Stills' in its ML-BOM)");
        });
        assertThat(report.verdict()).isEqualTo(Verdict.NOT_CERTIFIABLE);
        rulesFired(attributed.replace("commercial: true", "commercial: false")).isEmpty();
    }

    @Test
    void a_no_derivatives_dataset_in_a_generative_tools_ml_bom_is_major() throws IOException {
        bomWithDatasetLicence("CC-BY-ND-4.0");
        rulesFired(withMlBom(Dossiers.BASE).replace("mlBom: boms/plategen.cdx.json }",
                "mlBom: boms/plategen.cdx.json, attribution: x }")).containsExactly("no-derivatives-licence-respected major");
    }

    @Test
    void a_cc_by_dataset_in_the_ml_bom_without_attribution_is_minor() throws IOException {
        bomWithDatasetLicence("CC-BY-4.0");
        rulesFired(withMlBom(Dossiers.BASE)).containsExactly("licence-attribution-given minor");
    }

    @Test
    void open_licensed_data_may_name_its_licences_in_the_ml_bom() throws IOException {
        bomWithDatasetLicence("CC0-1.0");
        String openLicense = base(TRAINING_DATA, "trainingData: { sourcing: open-license }");

        rulesFired(openLicense).containsExactly("open-licences-identified blocking");
        rulesFired(base(TRAINING_DATA, "trainingData: { sourcing: open-license, mlBom: boms/plategen.cdx.json }"))
                .isEmpty();
    }

    @Test
    void a_dataset_of_unknown_licence_adds_no_licence_finding() throws IOException {
        fixtureBom(CycloneDxFixtures.MACHINE_LEARNING);
        rulesFired(withMlBom(Dossiers.BASE)).isEmpty();
    }

    @Test
    void a_missing_ml_bom_is_a_minor_finding_not_a_dossier_error() {
        AuditReport report = audit(withMlBom(Dossiers.BASE));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("ml-bom-readable@tool:plategen");
            assertThat(f.clause()).isEqualTo("4.2");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.subject()).isEqualTo("/aiTools/0/trainingData/mlBom");
            assertThat(f.message()).contains("boms/plategen.cdx.json", "there is no such file");
        });
        assertThat(report.verdict()).isEqualTo(Verdict.CERTIFIABLE);
    }

    @Test
    void an_ml_bom_that_is_not_json_names_the_problem() throws IOException {
        bom("model: plategen\n");
        assertThat(audit(withMlBom(Dossiers.BASE)).findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("the file is neither JSON nor XML"));
    }

    @Test
    void a_bom_without_a_model_is_readable_in_part_only() throws IOException {
        fixtureBom(CycloneDxFixtures.COMPONENT_DATA);
        String noVendor = withMlBom(base("    vendor: Example Labs\n", ""));

        assertThat(audit(noVendor).findings()).extracting(f -> f.rule() + ": " + f.message()).containsExactly(
                "ai-tool-documented: AI tool 'plategen' does not document vendor.",
                "ml-bom-readable: The ML-BOM of AI tool 'plategen' (boms/plategen.cdx.json) could not be fully read: "
                        + "the BOM has no machine-learning-model component.");
    }
}
