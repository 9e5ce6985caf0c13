package org.guildmark.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.guildmark.core.Dossiers;
import org.guildmark.core.Fixtures;
import org.guildmark.core.read.FileDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class DisclosurePackTest {
    private static final Path EXPECTED = Dossiers.EXAMPLES.resolve("expected").resolve("packs");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    static Stream<String> examples() {
        return Dossiers.exampleNames().stream();
    }

    private Path pack(String example) {
        Path out = dir.resolve(example.replace(".yaml", ""));
        var result = new DisclosurePack().write(Dossiers.EXAMPLES.resolve(example), "examples/" + example, out,
                Dossiers.AS_OF);
        assertThat(result.files()).as("files of " + example).isNotEmpty();
        return out;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void each_example_gives_its_expected_pack(String example) throws IOException {
        Path out = pack(example);
        Path expected = EXPECTED.resolve(example.replace(".yaml", ""));
        if (Boolean.getBoolean("guildmark.updateExpected")) {
            deleteTree(expected);
            copyTree(out, expected);
        }
        assertThat(DisclosurePack.listFiles(out)).isEqualTo(DisclosurePack.listFiles(expected));
        for (String file : DisclosurePack.listFiles(out)) {
            assertThat(Files.readString(out.resolve(file))).as(file).isEqualTo(Files.readString(expected.resolve(file)));
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void the_manifest_lists_every_other_file_with_its_sha256(String example) throws IOException {
        Path out = pack(example);
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("guildmark").asString()).isEqualTo(DisclosurePack.FORMAT);
        List<String> listed = manifest.get("files").valueStream().map(f -> f.get("path").asString()).toList();
        assertThat(listed).containsExactlyElementsOf(
                DisclosurePack.listFiles(out).stream().filter(f -> !f.equals("manifest.json")).toList());
        for (JsonNode f : manifest.get("files")) {
            assertThat(FileDigest.sha256(out.resolve(f.get("path").asString()))).isEqualTo(f.get("sha256").asString());
        }
    }

    /**
     * The published c2patool definition schema types {@code assertions} as an object, while its own example,
     * the c2patool reader and the C2PA specification use a list of {label, data}. The packs follow the tool;
     * every other constraint of the schema is checked as published, and the one correction is pinned here.
     */
    @ParameterizedTest
    @MethodSource("examples")
    void every_c2pa_manifest_validates_against_the_c2patool_definition_schema(String example) throws IOException {
        Path out = pack(example);
        ObjectNode published = (ObjectNode) JSON.readTree(Fixtures.dir("c2pa").resolve("manifest-definition.json").toFile());
        assertThat(published.at("/properties/assertions/type").asString()).isEqualTo("object");
        ObjectNode corrected = published.deepCopy();
        ObjectNode assertions = (ObjectNode) corrected.at("/properties/assertions");
        assertions.put("type", "array");
        ObjectNode item = assertions.putObject("items");
        item.put("type", "object");
        item.putArray("required").add("label").add("data");
        item.putObject("properties").putObject("label").put("type", "string");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(corrected.toString(), InputFormat.JSON);
        List<Path> manifests;
        try (Stream<Path> files = Files.list(out.resolve("c2pa"))) {
            manifests = files.sorted().toList();
        }
        assertThat(manifests).isNotEmpty();
        for (Path manifest : manifests) {
            List<Error> errors = schema.validate(JSON.readTree(manifest.toFile()));
            assertThat(errors).as(manifest.getFileName().toString()).isEmpty();
        }
    }

    @Test
    void the_packs_c2pa_manifests_read_back_as_the_ai_use_the_dossier_declares() throws IOException {
        Path out = pack("lighthouse-feature.yaml");
        var reader = new org.guildmark.core.evidence.c2pa.C2paReader();
        var generated = reader.read(out.resolve("c2pa/sc18-sh080.json"), "sc18-sh080");
        var composite = reader.read(out.resolve("c2pa/sc18-sh070.json"), "sc18-sh070");
        assertThat(generated.problems()).isEmpty();
        assertThat(generated.aiUse()).contains(org.guildmark.core.dossier.Enums.AiUse.GENERATED);
        assertThat(composite.aiUse()).contains(org.guildmark.core.dossier.Enums.AiUse.COMPOSITE);
        assertThat(composite.trainingPermissions()).containsEntry("cawg.ai_training", "notAllowed");
        assertThat(composite.softwareAgents()).extracting(a -> a.name()).contains("Likeness Studio");
    }

    @Test
    void a_documentary_asset_gets_the_labels_it_needs_and_is_told_what_is_missing() throws IOException {
        JsonNode labels = JSON.readTree(pack("harbor-documentary.yaml").resolve("labels.json").toFile());
        JsonNode voice = labels.get("assets").valueStream().filter(a -> a.get("asset").asString().equals("ezra-letters-voice"))
                .findFirst().orElseThrow();
        assertThat(voice.get("required").valueStream().map(JsonNode::asString).toList())
                .contains("ai-generated", "synthetic-person");
        assertThat(voice.get("missing").valueStream().map(JsonNode::asString).toList())
                .contains("ai-generated", "synthetic-person");
    }

    @Test
    void the_statement_names_no_one_the_credits_do_not_publish() throws IOException {
        String statement = Files.readString(pack("harbor-documentary.yaml").resolve("disclosure.txt"));
        String dossier = Files.readString(Dossiers.EXAMPLES.resolve("harbor-documentary.yaml"));
        assertThat(statement).contains("Digital replicas and consent").contains("A person not named in the credits (voice)");
        for (String line : dossier.split("\n")) {
            if (line.contains("dateOfBirth") || line.contains("dateOfDeath")) {
                String date = line.replaceAll(".*(\\d{4}-\\d{2}-\\d{2}).*", "$1");
                assertThat(statement).doesNotContain(date);
            }
        }
    }

    @Test
    void a_tools_ml_bom_fills_in_the_training_data_section() throws IOException {
        Files.createDirectories(dir.resolve("boms"));
        Files.copy(Fixtures.dir("cyclonedx").resolve("valid-machine-learning-1.6.json"), dir.resolve("boms/plategen.json"));
        Path dossier = Dossiers.write(dir, "d.yaml", Dossiers.BASE.replace("trainingData: { sourcing: licensed }",
                "trainingData: { sourcing: licensed, mlBom: boms/plategen.json }"));
        var result = new DisclosurePack().write(dossier, "d.yaml", dir.resolve("pack"), Dossiers.AS_OF);
        String statement = Files.readString(dir.resolve("pack/disclosure.txt"));
        assertThat(statement).contains("PlateGen: licensed; datasets per its ML-BOM: ");
        assertThat(result.files()).contains("disclosure.md", "c2pa/sh020.json");
    }

    @Test
    void an_unreadable_ml_bom_is_noted_and_the_pack_is_still_written() throws IOException {
        Files.createDirectories(dir.resolve("boms"));
        Files.writeString(dir.resolve("boms/plategen.json"), "not a bom");
        Path dossier = Dossiers.write(dir, "d.yaml", Dossiers.BASE.replace("trainingData: { sourcing: licensed }",
                "trainingData: { sourcing: licensed, mlBom: boms/plategen.json }"));
        var result = new DisclosurePack().write(dossier, "d.yaml", dir.resolve("pack"), Dossiers.AS_OF);
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).startsWith("ML-BOM of 'plategen': "));
        assertThat(dir.resolve("pack/manifest.json")).exists();
    }

    @Test
    void a_directory_that_is_not_a_pack_is_refused_and_left_alone() throws IOException {
        Path foreign = Files.createDirectories(dir.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> new DisclosurePack().write(Dossiers.EXAMPLES.resolve("lighthouse-feature.yaml"),
                "lighthouse", foreign, Dossiers.AS_OF)).isInstanceOf(DisclosurePack.TargetNotAPack.class);
        assertThat(Files.readString(foreign.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void an_earlier_pack_is_replaced_whole() throws IOException {
        Path out = pack("lighthouse-feature.yaml");
        Files.writeString(out.resolve("c2pa").resolve("stale.json"), "{}");
        new DisclosurePack().write(Dossiers.EXAMPLES.resolve("lighthouse-feature.yaml"), "x", out, Dossiers.AS_OF);
        assertThat(out.resolve("c2pa").resolve("stale.json")).doesNotExist();
        assertThat(out.resolve("manifest.json")).exists();
    }

    @Test
    void an_invalid_dossier_writes_nothing() {
        Path broken = Dossiers.write(dir, "broken.yaml", "guildmark: dossier/v1\nproduction: {id: x, title: y, type: nope}\n");
        var result = new DisclosurePack().write(broken, "broken.yaml", dir.resolve("out"), Dossiers.AS_OF);
        assertThat(result.files()).isEmpty();
        assertThat(result.audit().errors()).isNotEmpty();
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void asset_ids_that_are_not_safe_file_names_become_safe_distinct_names() {
        SafeNames names = new SafeNames();
        assertThat(names.fileFor("../etc/passwd", ".json")).isEqualTo("asset.._etc_passwd.json");
        assertThat(names.fileFor("a/b", ".json")).isEqualTo("a_b.json");
        assertThat(names.fileFor("a?b", ".json")).isEqualTo("a_b-2.json");
        assertThat(names.fileFor("A_B", ".json")).isEqualTo("A_B-3.json");
        assertThat(names.fileFor("", ".json")).isEqualTo("asset.json");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        for (String file : DisclosurePack.listFiles(from)) {
            Path target = to.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(file), target);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
