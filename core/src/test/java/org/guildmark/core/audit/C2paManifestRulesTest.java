package org.guildmark.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildmark.core.Dossiers.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assertj.core.api.ListAssert;
import org.guildmark.core.Dossiers;
import org.guildmark.core.evidence.c2pa.C2paFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clause 1.3 against C2PA evidence: the base dossier with a manifest attached to an asset, the manifest beside the
 * dossier in {@code manifests/}. Test names read as sentences of the Code.
 */
class C2paManifestRulesTest {
    private static final String CAMERA_SHOT = "- { id: sh010, kind: shot, department: camera, seconds: 90 }";
    private static final String COMPOSITE_AI = "ai: { use: composite, share: 0.5, tools: [plategen], prompters: [joe], ";

    @TempDir
    Path dir;

    @BeforeEach
    void manifests() throws IOException {
        Files.createDirectories(dir.resolve("manifests"));
        manifest("generated.json", "trainedAlgorithmicMedia");
        manifest("composite.json", "compositeWithTrainedAlgorithmicMedia");
        manifest("enhanced.json", "algorithmicallyEnhanced");
        manifest("camera.json", "digitalCapture");
    }

    private void manifest(String name, String sourceType) throws IOException {
        Files.writeString(dir.resolve("manifests").resolve(name), """
                {"active_manifest": "urn:a", "manifests": {"urn:a": {"title": "shot.mov", "assertions": [
                  {"label": "c2pa.actions.v2", "data": {"actions": [{"action": "c2pa.created",
                    "digitalSourceType": "http://cv.iptc.org/newscodes/digitalsourcetype/%s",
                    "softwareAgent": {"name": "PlateGen", "version": "3.1"}}]}}]}}}
                """.formatted(sourceType));
    }

    /** The base dossier with the camera shot declaring {@code ai} as given. */
    private static String cameraShot(String ai) {
        return base(CAMERA_SHOT, "- { id: sh010, kind: shot, department: camera, seconds: 90, ai: " + ai + " }");
    }

    private AuditReport audit(String yaml) {
        AuditReport report = Dossiers.audit(dir, yaml);
        assertThat(report.errors()).as("dossier errors").isEmpty();
        return report;
    }

    private ListAssert<String> rulesFired(String yaml) {
        return assertThat(audit(yaml).findings().stream().map(f -> f.rule() + " " + f.severity().code()).toList());
    }

    @Test
    void an_asset_declared_without_ai_whose_manifest_records_a_trained_model_blocks_certification() {
        AuditReport report = audit(cameraShot("{ use: none, c2pa: manifests/generated.json }"));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("c2pa-manifest-matches-declared-use");
            assertThat(f.clause()).isEqualTo("1.3");
            assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
            assertThat(f.subject()).isEqualTo("/assets/0/ai/use");
            assertThat(f.id()).isEqualTo("c2pa-manifest-matches-declared-use@asset:sh010");
            assertThat(f.message()).isEqualTo("Asset 'sh010' declares ai.use none, but its C2PA manifest "
                    + "manifests/generated.json records trained algorithmic media (trainedAlgorithmicMedia) by "
                    + "PlateGen 3.1: the asset is generated AI work.");
        });
        assertThat(report.verdict()).isEqualTo(Verdict.NOT_CERTIFIABLE);
    }

    @Test
    void calling_a_composite_enhanced_or_assisted_under_declares_it() {
        rulesFired(cameraShot("{ use: enhanced, c2pa: manifests/composite.json }"))
                .containsExactly("c2pa-manifest-matches-declared-use blocking");
        rulesFired(cameraShot("{ use: assisted, c2pa: manifests/generated.json }"))
                .containsExactly("c2pa-manifest-matches-declared-use blocking");
    }

    @Test
    void a_declaration_that_puts_ai_output_in_the_work_agrees_with_a_trained_manifest() {
        rulesFired(base(COMPOSITE_AI, COMPOSITE_AI + "c2pa: manifests/generated.json, ")).isEmpty();
        rulesFired(base(COMPOSITE_AI, COMPOSITE_AI + "c2pa: manifests/composite.json, ")).isEmpty();
    }

    @Test
    void a_manifest_of_enhancement_capture_or_non_trained_algorithmic_media_does_not_contradict_none() throws IOException {
        Files.copy(C2paFixtures.file("C.json"), dir.resolve("manifests").resolve("gradient.json"));
        rulesFired(cameraShot("{ use: none, c2pa: manifests/camera.json }")).isEmpty();
        rulesFired(cameraShot("{ use: none, c2pa: manifests/enhanced.json }")).isEmpty();
        rulesFired(cameraShot("{ use: none, c2pa: manifests/gradient.json }")).isEmpty();
    }

    @Test
    void a_manifest_that_cannot_be_found_is_a_minor_finding_and_the_audit_goes_on() {
        AuditReport report = audit(cameraShot("{ use: none, c2pa: manifests/missing.json }"));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("c2pa-manifest-readable");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.subject()).isEqualTo("/assets/0/ai/c2pa");
            assertThat(f.message()).startsWith("The C2PA manifest manifests/missing.json of asset 'sh010' cannot be "
                    + "fully read: no such file");
        });
        assertThat(report.verdict()).isEqualTo(Verdict.CERTIFIABLE);
    }

    @Test
    void a_manifest_that_is_not_json_is_a_minor_finding() throws IOException {
        Files.writeString(dir.resolve("manifests").resolve("broken.json"), "<xml/>");

        rulesFired(cameraShot("{ use: none, c2pa: manifests/broken.json }")).containsExactly("c2pa-manifest-readable minor");
    }

    @Test
    void a_partly_readable_manifest_is_still_checked_for_what_it_records() throws IOException {
        Files.writeString(dir.resolve("manifests").resolve("partly.json"), """
                {"assertions": [{"label": "c2pa.actions", "data": {"actions": [
                  {"action": "c2pa.created", "digitalSourceType": "trainedAlgorithmicMedia"}, 42]}}]}
                """);

        rulesFired(cameraShot("{ use: none, c2pa: manifests/partly.json }"))
                .containsExactly("c2pa-manifest-matches-declared-use blocking", "c2pa-manifest-readable minor");
    }

    @Test
    void many_assets_sharing_one_manifest_are_each_judged() {
        StringBuilder yaml = new StringBuilder(Dossiers.BASE);
        for (int i = 0; i < 3; i++) {
            yaml.append("  - { id: still").append(i).append(", kind: still, ai: { use: enhanced, c2pa: manifests/generated.json } }\n");
        }
        assertThat(audit(yaml.toString()).findings()).extracting(Finding::id).containsExactly(
                "c2pa-manifest-matches-declared-use@asset:still0", "c2pa-manifest-matches-declared-use@asset:still1",
                "c2pa-manifest-matches-declared-use@asset:still2");
    }
}
