package org.guildmark.core.evidence.c2pa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.guildmark.core.dossier.Enums.AiUse;
import org.guildmark.core.read.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the reader turns actions into AI use, and how it reports input it cannot read without ever throwing. */
class C2paReaderTest {
    private static final String IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/";

    @TempDir
    Path dir;

    private C2paEvidence read(String json) {
        try {
            Path file = dir.resolve("m.json");
            Files.writeString(file, json);
            return new C2paReader().read(file, "m.json");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A manifest definition with one actions assertion of the given label and actions. */
    private C2paEvidence actions(String label, String... actions) {
        return read("{\"assertions\": [{\"label\": \"" + label + "\", \"data\": {\"actions\": ["
                + String.join(",", actions) + "]}}]}");
    }

    private static String action(String sourceType, String agent) {
        return "{\"action\": \"c2pa.created\", \"digitalSourceType\": \"" + sourceType + "\""
                + (agent == null ? "" : ", \"softwareAgent\": " + agent) + "}";
    }

    // --- what the actions mean

    @Test
    void trained_algorithmic_media_is_generated_and_its_agent_is_an_ai_tool() {
        C2paEvidence e = actions("c2pa.actions.v2",
                action(IPTC + "trainedAlgorithmicMedia", "{\"name\": \"PlateGen\", \"version\": \"3.1\"}"));

        assertThat(e.problems()).isEmpty();
        assertThat(e.aiUse()).contains(AiUse.GENERATED);
        assertThat(e.aiAgents()).containsExactly(new SoftwareAgent("PlateGen", "3.1"));
        assertThat(e.trainedAgents()).containsExactly(new SoftwareAgent("PlateGen", "3.1"));
    }

    @Test
    void the_bare_term_means_the_same_as_the_full_uri() {
        assertThat(actions("c2pa.actions", action("compositeWithTrainedAlgorithmicMedia", null)).aiUse())
                .contains(AiUse.COMPOSITE);
        assertThat(actions("c2pa.actions", action(IPTC + "compositeWithTrainedAlgorithmicMedia", null)).aiUse())
                .contains(AiUse.COMPOSITE);
        assertThat(actions("c2pa.actions", action("algorithmicallyEnhanced", "\"Denoiser/2.0\"")).aiUse())
                .contains(AiUse.ENHANCED);
    }

    @Test
    void each_capture_and_human_made_type_is_no_ai() {
        for (String term : new String[] {"digitalCapture", "digitalCreation", "minorHumanEdits", "humanEdits",
            "compositeCapture", "composite", "computationalCapture", "negativeFilm", "screenCapture"}) {
            C2paEvidence e = actions("c2pa.actions", action(IPTC + term, null));
            assertThat(e.aiUse()).as(term).contains(AiUse.NONE);
            assertThat(e.problems()).as(term).isEmpty();
        }
    }

    @Test
    void the_strongest_use_wins_when_actions_disagree() {
        C2paEvidence e = actions("c2pa.actions.v2", action("digitalCapture", null), action("algorithmicallyEnhanced", null),
                action("trainedAlgorithmicMedia", null), action("compositeWithTrainedAlgorithmicMedia", null));

        assertThat(e.aiUse()).contains(AiUse.GENERATED);
        assertThat(e.sourceTypes()).extracting(SourceType::term).containsExactly("digitalCapture",
                "algorithmicallyEnhanced", "trainedAlgorithmicMedia", "compositeWithTrainedAlgorithmicMedia");
    }

    @Test
    void non_trained_algorithmic_media_does_not_raise_the_use_of_the_others() {
        C2paEvidence e = actions("c2pa.actions", action("algorithmicallyEnhanced", null), action("algorithmicMedia", null));

        assertThat(e.aiUse()).contains(AiUse.ENHANCED);
        assertThat(e.notes()).anyMatch(n -> n.contains("non-trained algorithmic media"));
    }

    @Test
    void a_string_agent_loses_its_trailing_version_to_the_version_field() {
        assertThat(SoftwareAgent.parse("Make Test Images 0.85.0")).isEqualTo(new SoftwareAgent("Make Test Images", "0.85.0"));
        assertThat(SoftwareAgent.parse("MyApp/0.1")).isEqualTo(new SoftwareAgent("MyApp", "0.1"));
        assertThat(SoftwareAgent.parse("Photoshop")).isEqualTo(new SoftwareAgent("Photoshop", null));
        assertThat(SoftwareAgent.parse("MyApp/0.1 c2pa-rs/0.25.2")).isEqualTo(new SoftwareAgent("MyApp/0.1 c2pa-rs/0.25.2", null));
    }

    @Test
    void a_v2_template_gives_its_source_type_and_agent_to_actions_of_its_name() {
        C2paEvidence e = read("""
                {"assertions": [{"label": "c2pa.actions.v2", "data": {
                  "actions": [{"action": "c2pa.created"}, {"action": "c2pa.edited"}],
                  "templates": [{"action": "c2pa.created", "digitalSourceType": "trainedAlgorithmicMedia",
                                 "softwareAgent": {"name": "PlateGen"}}]}}]}
                """);

        assertThat(e.actions().get(0).sourceType()).isEqualTo(new SourceType("trainedAlgorithmicMedia"));
        assertThat(e.actions().get(0).softwareAgent()).isEqualTo(new SoftwareAgent("PlateGen", null));
        assertThat(e.actions().get(1).sourceType()).isNull();
        assertThat(e.aiUse()).contains(AiUse.GENERATED);
    }

    @Test
    void instance_and_version_suffixes_are_read_and_every_actions_assertion_counts() {
        C2paEvidence e = read("""
                {"assertions": [
                  {"label": "c2pa.actions", "data": {"actions": [{"action": "c2pa.opened", "digitalSourceType": "digitalCapture"}]}},
                  {"label": "c2pa.actions__1", "data": {"actions": [{"action": "c2pa.edited", "digitalSourceType": "algorithmicallyEnhanced"}]}},
                  {"label": "c2pa.actions.v2__2", "data": {"actions": [{"action": "c2pa.edited", "digitalSourceType": "compositeWithTrainedAlgorithmicMedia"}]}},
                  {"label": "c2pa.thumbnail.claim.jpeg", "data": {"actions": "not read"}}]}
                """);

        assertThat(e.problems()).isEmpty();
        assertThat(e.aiUse()).contains(AiUse.COMPOSITE);
        assertThat(e.actions()).hasSize(3);
    }

    @Test
    void an_unknown_version_is_read_as_the_latest_known_and_reported() {
        C2paEvidence e = actions("c2pa.actions.v3", action("trainedAlgorithmicMedia", null));

        assertThat(e.aiUse()).contains(AiUse.GENERATED);
        assertThat(e.problems()).extracting(Problem::pointer).containsExactly("/assertions/0/label");
    }

    @Test
    void the_cawg_assertion_gives_permissions_and_a_constraint_becomes_a_note() {
        C2paEvidence e = read("""
                {"assertions": [{"label": "cawg.training-mining", "data": {"entries": {
                  "cawg.ai_training": {"use": "allowed"},
                  "cawg.ai_generative_training": {"use": "constrained", "constraint_info": "licence at https://example.org/tdm"},
                  "cawg.data_mining": {"use": "notAllowed"},
                  "cawg.ai_inference": {"use": "maybe"}}}}]}
                """);

        assertThat(e.trainingPermissions()).containsExactly(Map.entry("cawg.ai_training", "allowed"),
                Map.entry("cawg.ai_generative_training", "constrained"), Map.entry("cawg.data_mining", "notAllowed"));
        assertThat(e.notes()).contains("cawg.ai_generative_training is constrained: licence at https://example.org/tdm");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/assertions/0/data/entries/cawg.ai_inference/use");
            assertThat(p.message()).contains("'maybe'");
        });
    }

    // --- which manifest of a report

    private static String report(String active, String... labels) {
        StringBuilder json = new StringBuilder("{");
        if (active != null) {
            json.append("\"active_manifest\": \"").append(active).append("\", ");
        }
        json.append("\"manifests\": {");
        for (int i = 0; i < labels.length; i++) {
            String type = i == 0 ? "trainedAlgorithmicMedia" : "digitalCapture";
            json.append(i == 0 ? "" : ",").append('"').append(labels[i]).append("\": {\"title\": \"").append(labels[i])
                    .append(".jpg\", \"assertions\": [{\"label\": \"c2pa.actions\", \"data\": {\"actions\": [")
                    .append(action(type, null)).append("]}}]}");
        }
        return json.append("}}").toString();
    }

    @Test
    void the_active_manifest_speaks_for_the_asset_and_a_trained_ingredient_is_noted() {
        C2paEvidence e = read(report("urn:b", "urn:a", "urn:b"));

        assertThat(e.title()).isEqualTo("urn:b.jpg");
        assertThat(e.aiUse()).contains(AiUse.NONE);
        assertThat(e.notes()).anyMatch(n -> n.startsWith("the ingredient manifest 'urn:a' (urn:a.jpg) records "
                + "trained algorithmic media"));
        assertThat(e.problems()).isEmpty();
    }

    @Test
    void without_an_active_manifest_the_only_one_is_read() {
        C2paEvidence e = read(report(null, "urn:a"));

        assertThat(e.title()).isEqualTo("urn:a.jpg");
        assertThat(e.aiUse()).contains(AiUse.GENERATED);
        assertThat(e.problems()).isEmpty();
    }

    @Test
    void several_manifests_and_none_active_is_a_problem_and_none_is_read() {
        C2paEvidence e = read(report(null, "urn:a", "urn:b"));

        assertThat(e.actions()).isEmpty();
        assertThat(e.problems()).extracting(Problem::pointer, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/active_manifest",
                        "no active manifest among 2; none was read"));
    }

    @Test
    void an_active_manifest_that_is_not_there_is_a_problem() {
        C2paEvidence e = read(report("urn:x", "urn:a", "urn:b"));

        assertThat(e.problems()).extracting(Problem::pointer).containsExactly("/active_manifest", "/manifests");
        assertThat(e.problems().get(0).message()).isEqualTo("names 'urn:x', which is not in /manifests");
    }

    @Test
    void an_invalid_signature_is_noted() {
        C2paEvidence e = read("{\"validation_state\": \"Invalid\", " + report("urn:a", "urn:a").substring(1));

        assertThat(e.notes()).anyMatch(n -> n.startsWith("c2patool reports the manifest as Invalid"));
    }

    @Test
    void embedded_binary_data_is_passed_over_unread() {
        String blob = "A".repeat(3 << 20);
        C2paEvidence e = read("{\"assertions\": [{\"label\": \"c2pa.thumbnail.claim.jpeg\", \"data\": \"" + blob + "\"},"
                + "{\"label\": \"c2pa.actions\", \"data\": {\"actions\": [{\"action\": \"c2pa.created\", "
                + "\"digitalSourceType\": \"trainedAlgorithmicMedia\", \"parameters\": {\"blob\": \"" + blob + "\"}}]}}]}");

        assertThat(e.problems()).isEmpty();
        assertThat(e.aiUse()).contains(AiUse.GENERATED);
    }

    // --- input that cannot be read

    @Test
    void text_that_is_not_json_is_a_problem_with_its_line_and_column() {
        C2paEvidence e = read("{\n  \"assertions\": [ nope ]\n}");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).startsWith("m.json:2:");
            assertThat(p.message()).startsWith("not valid JSON: ");
            assertThat(p.message()).doesNotContain("Source:");
        });
        assertThat(e.actions()).isEmpty();
    }

    @Test
    void a_file_cut_short_is_a_problem() {
        assertThat(read("{\"assertions\": [{\"label\": \"c2pa.actions\"").problems())
                .singleElement().extracting(Problem::message).asString().startsWith("not valid JSON");
    }

    @Test
    void an_empty_missing_or_directory_file_is_a_problem() {
        assertThat(read("").problems()).extracting(Problem::message).containsExactly(
                "is empty; c2patool writes a manifest report as a JSON object");
        assertThat(read("  \n").problems()).extracting(Problem::message).containsExactly(
                "holds no JSON value; c2patool writes a manifest report as a JSON object");
        assertThat(new C2paReader().read(dir.resolve("absent.json"), "absent.json").problems())
                .extracting(Problem::message).containsExactly("no such file");
        assertThat(new C2paReader().read(dir, "dir").problems())
                .extracting(Problem::message).containsExactly("is a directory, not a manifest file");
    }

    @Test
    void a_file_over_16_mib_is_refused_unread() throws IOException {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(C2paReader.MAX_BYTES + 1);
        }

        assertThat(new C2paReader().read(big, "big.json").problems()).singleElement()
                .extracting(Problem::message).asString().startsWith("is 16 MiB; a C2PA manifest report is read only up to 16 MiB");
    }

    @Test
    void values_of_the_wrong_shape_are_reported_where_they_are_and_the_rest_is_read() {
        C2paEvidence e = read("""
                {"assertions": [
                  {"label": "c2pa.actions", "data": {"actions": "all of them"}},
                  {"label": "c2pa.actions.v2", "data": {"actions": [
                     7,
                     {"digitalSourceType": 3},
                     {"action": "c2pa.created", "digitalSourceType": "https://example.org/made-up", "softwareAgent": {"version": "1"}},
                     {"action": "c2pa.created", "digitalSourceType": "dreamedUpMedia", "softwareAgent": ["x"]},
                     {"action": "c2pa.edited", "digitalSourceType": "trainedAlgorithmicMedia"}]}},
                  {"label": "cawg.training-mining", "data": {"entries": ["no"]}},
                  {"label": "c2pa.actions"},
                  "label",
                  {"data": {}}]}
                """);

        assertThat(e.problems()).extracting(Problem::pointer).containsExactly(
                "/assertions/0/data/actions",
                "/assertions/1/data/actions/0",
                "/assertions/1/data/actions/1/action",
                "/assertions/1/data/actions/1/digitalSourceType",
                "/assertions/1/data/actions/2/digitalSourceType",
                "/assertions/1/data/actions/2/softwareAgent",
                "/assertions/1/data/actions/3/digitalSourceType",
                "/assertions/1/data/actions/3/softwareAgent",
                "/assertions/2/data/entries",
                "/assertions/3/data",
                "/assertions/4",
                "/assertions/5");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.location()).isEqualTo("m.json"));
        assertThat(e.problems().get(4).message()).contains("is not an IPTC digital source type");
        assertThat(e.problems().get(6).message()).contains("'dreamedUpMedia' is not a digital source type Guildmark knows");
        assertThat(e.aiUse()).contains(AiUse.GENERATED);
    }

    @Test
    void a_key_given_twice_is_a_problem_and_the_first_is_read() {
        C2paEvidence e = actions("c2pa.actions", "{\"action\": \"c2pa.created\", \"digitalSourceType\": "
                + "\"trainedAlgorithmicMedia\", \"digitalSourceType\": \"digitalCapture\"}");

        assertThat(e.aiUse()).contains(AiUse.GENERATED);
        assertThat(e.problems()).extracting(Problem::pointer)
                .containsExactly("/assertions/0/data/actions/0/digitalSourceType");
    }

    @Test
    void other_top_level_shapes_are_problems() {
        assertThat(read("[1, 2]").problems()).extracting(Problem::message)
                .containsExactly("a c2patool report is a JSON object, found a list");
        assertThat(read("{\"manifests\": []}").problems()).extracting(Problem::pointer).containsExactly("/manifests");
        assertThat(read("{\"manifests\": {}}").problems()).extracting(Problem::message).containsExactly("holds no manifest");
        assertThat(read("{\"title\": \"x\"}").problems()).extracting(Problem::message).singleElement().asString()
                .startsWith("neither a c2patool manifest report");
        assertThat(read("{} {}").problems()).extracting(Problem::message).singleElement().asString()
                .startsWith("more after the end of the JSON value");
    }

    @Test
    void no_fixture_cut_short_or_bent_anywhere_makes_the_reader_throw() throws IOException {
        for (String name : new String[] {"C.json", "CI.json", "do_not_train.json", "simple_manifest.json"}) {
            String json = Files.readString(C2paFixtures.file(name));
            for (int cut = 0; cut < json.length(); cut += 7) {
                String shortened = json.substring(0, cut);
                String bent = json.substring(0, cut) + "]" + json.substring(cut);
                assertThatCode(() -> read(shortened)).as(name + " cut at " + cut).doesNotThrowAnyException();
                assertThatCode(() -> read(bent)).as(name + " bent at " + cut).doesNotThrowAnyException();
            }
        }
    }
}
