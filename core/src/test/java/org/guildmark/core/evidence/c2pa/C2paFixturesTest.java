package org.guildmark.core.evidence.c2pa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildmark.core.evidence.c2pa.C2paFixtures.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.guildmark.core.dossier.Enums.AiUse;
import org.guildmark.core.read.Problem;
import org.junit.jupiter.api.Test;

/** What Guildmark reads from each shared C2PA fixture, value by value. */
class C2paFixturesTest {

    @Test
    void every_fixture_has_a_test_here() throws IOException {
        try (Stream<Path> files = Files.list(C2paFixtures.directory())) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")))
                    .containsExactlyInAnyOrder("C.json", "CA.json", "CI.json", "do_not_train.json",
                            "manifest-definition.json", "simple_manifest.json");
        }
    }

    @Test
    void a_created_gradient_is_non_trained_algorithmic_media_and_not_generative_ai() {
        C2paEvidence c = read("C.json");

        assertThat(c.problems()).isEmpty();
        assertThat(c.source()).isEqualTo("C.json");
        assertThat(c.title()).isEqualTo("C.jpg");
        assertThat(c.actions()).containsExactly(new C2paAction("c2pa.created", new SourceType("algorithmicMedia"),
                new SoftwareAgent("Make Test Images", "0.85.0"),
                "/manifests/urn:c2pa:c62d4c75-4814-45a9-b412-067bb80c96de:contentauth/assertions/0/data/actions/0"));
        assertThat(c.aiUse()).contains(AiUse.NONE);
        assertThat(c.sourceTypes()).extracting(SourceType::meaning).containsExactly("non-trained algorithmic media");
        assertThat(c.softwareAgents()).extracting(SoftwareAgent::toString).containsExactly("Make Test Images 0.85.0");
        assertThat(c.aiAgents()).isEmpty();
        assertThat(c.trainingPermissions()).isEmpty();
        assertThat(c.notes()).singleElement().asString().contains("algorithmicMedia is non-trained algorithmic media")
                .contains("not counted as generative AI");
    }

    @Test
    void an_opened_and_colour_adjusted_image_names_no_source_type() {
        C2paEvidence ca = read("CA.json");

        assertThat(ca.problems()).isEmpty();
        assertThat(ca.title()).isEqualTo("CA.jpg");
        assertThat(ca.actions()).extracting(C2paAction::action).containsExactly("c2pa.opened", "c2pa.color_adjustments");
        assertThat(ca.actions()).allSatisfy(a -> {
            assertThat(a.sourceType()).isNull();
            assertThat(a.softwareAgent()).isNull();
        });
        assertThat(ca.aiUse()).isEmpty();
        assertThat(ca.sourceTypes()).isEmpty();
        assertThat(ca.softwareAgents()).isEmpty();
        assertThat(ca.trainingPermissions()).isEmpty();
        assertThat(ca.notes()).containsExactly(
                "no action names a digital source type: the manifest does not say whether AI made the asset");
    }

    @Test
    void a_placed_ingredient_over_a_created_gradient_stays_non_generative() {
        C2paEvidence ci = read("CI.json");

        assertThat(ci.problems()).isEmpty();
        assertThat(ci.title()).isEqualTo("CI.jpg");
        assertThat(ci.actions()).extracting(C2paAction::action)
                .containsExactly("c2pa.created", "c2pa.placed", "c2pa.resized");
        assertThat(ci.actions().get(0).sourceType().uri())
                .isEqualTo("http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia");
        assertThat(ci.actions().get(1).sourceType()).isNull();
        assertThat(ci.aiUse()).contains(AiUse.NONE);
        assertThat(ci.sourceTypes()).containsExactly(new SourceType("algorithmicMedia"));
        assertThat(ci.softwareAgents()).containsExactly(new SoftwareAgent("Make Test Images", "0.85.0"));
        assertThat(ci.trainingPermissions()).isEmpty();
    }

    @Test
    void the_legacy_training_and_mining_assertion_forbids_every_use() {
        C2paEvidence dnt = read("do_not_train.json");

        assertThat(dnt.problems()).isEmpty();
        assertThat(dnt.title()).isNull();
        assertThat(dnt.trainingPermissions()).containsExactly(
                java.util.Map.entry("c2pa.ai_generative_training", "notAllowed"),
                java.util.Map.entry("c2pa.ai_inference", "notAllowed"),
                java.util.Map.entry("c2pa.ai_training", "notAllowed"),
                java.util.Map.entry("c2pa.data_mining", "notAllowed"));
        assertThat(dnt.actions()).isEmpty();
        assertThat(dnt.aiUse()).isEmpty();
        assertThat(dnt.notes()).containsExactly("no actions assertion: the manifest does not say how the asset was made");
    }

    @Test
    void the_definition_schema_is_recognised_as_a_schema_not_a_manifest() {
        C2paEvidence schema = read("manifest-definition.json");

        assertThat(schema.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("manifest-definition.json");
            assertThat(p.pointer()).isEmpty();
            assertThat(p.message()).startsWith("this is a JSON Schema, not a manifest");
        });
        assertThat(schema.actions()).isEmpty();
        assertThat(schema.aiUse()).isEmpty();
        assertThat(schema.title()).isNull();
        assertThat(schema.complete()).isFalse();
    }

    @Test
    void a_v2_software_agent_object_gives_name_and_version_and_extra_fields_are_ignored() {
        C2paEvidence simple = read("simple_manifest.json");

        assertThat(simple.problems()).extracting(Problem::message).isEmpty();
        assertThat(simple.title()).isNull();
        assertThat(simple.actions()).containsExactly(new C2paAction("c2pa.opened", new SourceType("algorithmicMedia"),
                new SoftwareAgent("TestApp", "1.0"), "/assertions/0/data/actions/0"));
        assertThat(simple.aiUse()).contains(AiUse.NONE);
        assertThat(simple.trainingPermissions()).isEmpty();
    }
}
