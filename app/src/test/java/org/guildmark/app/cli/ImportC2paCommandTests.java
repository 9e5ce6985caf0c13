package org.guildmark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildmark.app.cli.Run.guildmark;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.guildmark.core.audit.AuditEngine;
import org.guildmark.core.audit.AuditReport;
import org.guildmark.core.audit.Finding;
import org.guildmark.core.read.DossierTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** {@code guildmark import c2pa}: showing what manifests record, and writing it into a dossier's asset. */
class ImportC2paCommandTests {
    private static final LocalDate AS_OF = LocalDate.parse("2026-11-25");

    @TempDir
    Path dir;
    Path dossier;
    Path generated;

    @BeforeEach
    void dossierWithAManifest() throws IOException {
        dossier = dir.resolve("lighthouse.yaml");
        Files.copy(Run.EXAMPLES.resolve("lighthouse-feature.yaml"), dossier);
        Files.createDirectories(dir.resolve("manifests"));
        generated = dir.resolve("manifests").resolve("sc05-sh030.json");
        Files.writeString(generated, """
                {"active_manifest": "urn:a", "manifests": {"urn:a": {"title": "sc05-sh030.mov", "assertions": [
                  {"label": "c2pa.actions.v2", "data": {"actions": [
                    {"action": "c2pa.opened", "digitalSourceType": "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"},
                    {"action": "c2pa.edited", "softwareAgent": {"name": "Sky Forge", "version": "2.0"},
                     "digitalSourceType": "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"}]}},
                  {"label": "cawg.training-mining", "data": {"entries": {"cawg.ai_training": {"use": "notAllowed"}}}}]}}}
                """);
    }

    private static Path fixture(String name) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("shared").resolve("fixtures"))) {
                return d.resolve("shared").resolve("fixtures").resolve("c2pa").resolve(name);
            }
        }
        throw new IllegalStateException("no shared/fixtures directory above " + Path.of("").toAbsolutePath());
    }

    private static List<String> fixtures(String... names) {
        List<String> paths = new ArrayList<>();
        for (String name : names) {
            paths.add(fixture(name).toString());
        }
        return paths;
    }

    private AuditReport audit(Path file) {
        return new AuditEngine().audit(file, file.getFileName().toString(), AS_OF);
    }

    private static JsonNode asset(Path file, String id) throws IOException {
        for (JsonNode asset : DossierTree.load(file).root().get("assets")) {
            if (asset.get("id").asString().equals(id)) {
                return asset;
            }
        }
        throw new AssertionError("no asset " + id);
    }

    // --- showing

    @Test
    void text_shows_each_manifests_use_source_types_tools_and_training_permissions() {
        Run run = guildmark("import", "c2pa",
                fixture("C.json").toString(), fixture("do_not_train.json").toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out())
                .contains("C.json · C.jpg\n")
                .contains("  ai.use        none\n")
                .contains("  source types  algorithmicMedia (non-trained algorithmic media)\n")
                .contains("  tools         Make Test Images 0.85.0\n")
                .contains("  note          algorithmicMedia is non-trained algorithmic media")
                .contains("do_not_train.json\n  ai.use        not stated\n")
                .contains("  training      c2pa.ai_generative_training notAllowed\n")
                .contains("  training      c2pa.data_mining notAllowed\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void json_carries_every_fixture_and_a_manifest_that_cannot_be_read_exits_2() {
        List<String> args = new ArrayList<>(List.of("import", "c2pa", "--format", "json"));
        args.addAll(fixtures("C.json", "CA.json", "CI.json", "do_not_train.json", "manifest-definition.json",
                "simple_manifest.json"));
        Run run = guildmark(args.toArray(String[]::new));

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        JsonNode manifests = run.json().get("manifests");
        assertThat(manifests).hasSize(6);
        JsonNode c = manifests.get(0);
        assertThat(c.get("title").asString()).isEqualTo("C.jpg");
        assertThat(c.get("aiUse").asString()).isEqualTo("none");
        assertThat(c.get("sourceTypes").get(0).get("uri").asString())
                .isEqualTo("http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia");
        assertThat(c.get("sourceTypes").get(0).get("meaning").asString()).isEqualTo("non-trained algorithmic media");
        assertThat(c.get("softwareAgents").get(0).get("name").asString()).isEqualTo("Make Test Images");
        assertThat(c.get("softwareAgents").get(0).get("version").asString()).isEqualTo("0.85.0");
        assertThat(c.get("problems")).isEmpty();
        assertThat(manifests.get(1).get("aiUse").isNull()).isTrue();
        assertThat(manifests.get(1).get("title").asString()).isEqualTo("CA.jpg");
        assertThat(manifests.get(2).get("softwareAgents")).hasSize(1);
        assertThat(manifests.get(3).get("trainingPermissions").get("c2pa.ai_training").asString()).isEqualTo("notAllowed");
        assertThat(manifests.get(3).get("trainingPermissions")).hasSize(4);
        assertThat(manifests.get(4).get("problems").get(0).get("message").asString())
                .startsWith("this is a JSON Schema, not a manifest");
        assertThat(manifests.get(5).get("softwareAgents").get(0).get("name").asString()).isEqualTo("TestApp");
    }

    @Test
    void a_manifest_that_is_missing_exits_2_without_a_stack_trace() {
        Run run = guildmark("import", "c2pa", dir.resolve("nope.json").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("problem       no such file");
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void usage_errors_exit_2() {
        assertThat(guildmark("import", "c2pa", generated.toString(), "--asset", "x").err())
                .contains("--asset needs --into");
        assertThat(guildmark("import", "c2pa", generated.toString(), generated.toString(), "--into",
                dossier.toString(), "--asset", "x").exit()).isEqualTo(2);
        assertThat(guildmark("import", "c2pa", generated.toString(), "--format", "xml").exit()).isEqualTo(2);
        assertThat(guildmark("import").exit()).isEqualTo(2);
    }

    @Test
    void help_names_the_options_the_exit_codes_and_an_example() {
        Run run = guildmark("import", "c2pa", "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: guildmark import c2pa")
                .contains("MANIFEST", "--into", "--asset", "--format", "YAML comments are not kept")
                .contains("2   a manifest or the dossier cannot be read, or usage error")
                .contains("guildmark import c2pa manifests/sh040.json --into dossier.yaml --asset sh040");
        assertThat(guildmark("--help").out()).contains("import");
    }

    // --- importing

    @Test
    void importing_a_trained_manifest_raises_the_use_adds_the_tool_and_the_dossier_still_reads() throws IOException {
        Run run = guildmark("import", "c2pa", generated.toString(), "--into", dossier.toString(), "--asset", "sc05-sh030");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("/assets/3/ai/use: enhanced → generated (the manifest records trainedAlgorithmicMedia)")
                .contains(": added 'sky-forge' (Sky Forge 2.0)")
                .contains("/assets/3/ai/tools: added sky-forge")
                .contains("/assets/3/ai/c2pa: manifests/sc05-sh030.json");
        assertThat(run.err()).contains("rewritten without its comments");

        JsonNode ai = asset(dossier, "sc05-sh030").get("ai");
        assertThat(ai.get("use").asString()).isEqualTo("generated");
        assertThat(ai.get("tools").valueStream().map(JsonNode::asString)).containsExactly("cleanpass", "sky-forge");
        assertThat(ai.get("c2pa").asString()).isEqualTo("manifests/sc05-sh030.json");

        AuditReport report = audit(dossier);
        assertThat(report.errors()).as("reader errors").isEmpty();
        assertThat(report.findings()).extracting(Finding::rule)
                .doesNotContain("c2pa-manifest-matches-declared-use", "c2pa-manifest-readable")
                .contains("ai-tool-documented");
    }

    @Test
    void importing_twice_changes_nothing_more() throws IOException {
        guildmark("import", "c2pa", generated.toString(), "--into", dossier.toString(), "--asset", "sc05-sh030");
        String once = Files.readString(dossier);

        Run again = guildmark("import", "c2pa", generated.toString(), "--into", dossier.toString(), "--asset", "sc05-sh030");

        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("generated, kept").doesNotContain("added");
        assertThat(Files.readString(dossier)).isEqualTo(once);
    }

    @Test
    void a_json_dossier_keeps_its_key_order_and_audits_without_reader_errors() throws IOException {
        Path json = dir.resolve("lighthouse.json");
        JsonNode tree = YAMLMapper.builder().build().readTree(dossier.toFile());
        Files.writeString(json, JsonMapper.builder().build().writeValueAsString(tree));
        List<String> keys = new ArrayList<>(tree.propertyNames());

        Run run = guildmark("import", "c2pa", fixture("C.json").toString(), "--into", json.toString(),
                "--asset", "sc01-sh010", "--format", "json");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.json().get("changes").get(0).asString()).isEqualTo("/assets/0/ai/use: none, kept (the manifest records algorithmicMedia)");
        assertThat(run.json().get("manifests").get(0).get("aiUse").asString()).isEqualTo("none");
        assertThat(run.err()).isEmpty();
        JsonNode written = JsonMapper.builder().build().readTree(json.toFile());
        assertThat(written.propertyNames()).containsExactlyElementsOf(keys);
        assertThat(written.get("assets").get(0).get("ai").get("c2pa").asString())
                .isEqualTo(dir.relativize(fixture("C.json").toAbsolutePath().normalize()).toString().replace('\\', '/'));
        assertThat(audit(json).errors()).isEmpty();
    }

    @Test
    void an_asset_without_ai_gets_one_placed_before_its_oversight() throws IOException {
        Path manifest = dir.resolve("manifests").resolve("capture.json");
        Files.writeString(manifest, """
                {"assertions": [{"label": "c2pa.actions", "data": {"actions": [
                  {"action": "c2pa.created", "digitalSourceType": "digitalCapture", "softwareAgent": "Camera 1.0"}]}}]}
                """);
        Files.writeString(dossier, Files.readString(dossier).replace(
                "    seconds: 412.0\n    ai: { use: none }\n", "    seconds: 412.0\n    oversight: { directedBy: dir }\n"));

        Run run = guildmark("import", "c2pa", manifest.toString(), "--into", dossier.toString(), "--asset", "sc01-sh010");

        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode asset = asset(dossier, "sc01-sh010");
        assertThat(asset.propertyNames()).containsExactly("id", "kind", "department", "seconds", "ai", "oversight");
        assertThat(asset.get("ai").propertyNames()).containsExactly("use", "c2pa");
        assertThat(asset.get("ai").get("use").asString()).isEqualTo("none");
        assertThat(audit(dossier).errors()).isEmpty();
    }

    @Test
    void a_declared_use_stronger_than_the_manifests_is_kept() throws IOException {
        Run run = guildmark("import", "c2pa", fixture("CI.json").toString(), "--into", dossier.toString(),
                "--asset", "sc05-sh030");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("/assets/3/ai/use: enhanced, kept (the manifest records algorithmicMedia)");
        assertThat(asset(dossier, "sc05-sh030").get("ai").get("use").asString()).isEqualTo("enhanced");
    }

    @Test
    void nothing_is_written_for_an_unknown_asset_an_unreadable_manifest_or_a_manifest_without_source_type()
            throws IOException {
        String before = Files.readString(dossier);

        Run unknown = guildmark("import", "c2pa", generated.toString(), "--into", dossier.toString(), "--asset", "sc05-sh03");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no asset 'sc05-sh03' in /assets (did you mean 'sc05-sh030'?)")
                .contains("nothing was written");

        Run unreadable = guildmark("import", "c2pa", fixture("manifest-definition.json").toString(), "--into",
                dossier.toString(), "--asset", "sc05-sh030");
        assertThat(unreadable.exit()).isEqualTo(2);
        assertThat(unreadable.err()).contains("cannot be fully read; nothing was written").contains("JSON Schema");

        Run silent = guildmark("import", "c2pa", fixture("CA.json").toString(), "--into", dossier.toString(),
                "--asset", "sc05-sh030");
        assertThat(silent.exit()).isZero(); // the declared use stands; only the path is added
        String withPath = Files.readString(dossier);
        Files.writeString(dossier, before);

        Files.writeString(dossier, before.replace("    seconds: 412.0\n    ai: { use: none }\n", "    seconds: 412.0\n"));
        String withoutAi = Files.readString(dossier);
        Run noUse = guildmark("import", "c2pa", fixture("CA.json").toString(), "--into", dossier.toString(),
                "--asset", "sc01-sh010");
        assertThat(noUse.exit()).isEqualTo(2);
        assertThat(noUse.err()).contains("the manifest names no digital source type");
        assertThat(Files.readString(dossier)).isEqualTo(withoutAi);
        assertThat(withPath).contains("c2pa: ");
    }

    @Test
    void a_dossier_over_64_mib_is_refused() throws IOException {
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(DossierTree.MAX_BYTES + 1);
        }

        Run run = guildmark("import", "c2pa", generated.toString(), "--into", big.toString(), "--asset", "x");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("is 64 MiB; dossiers are edited here only up to 64 MiB").doesNotContain("\tat ");
    }

    @Test
    void a_dossier_that_is_not_yaml_is_refused_with_its_location() throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "guildmark: dossier/v1\nproduction: [unclosed\n");

        Run run = guildmark("import", "c2pa", generated.toString(), "--into", broken.toString(), "--asset", "x");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("broken.yaml:").doesNotContain("\tat ");
        assertThat(Files.readString(broken)).isEqualTo("guildmark: dossier/v1\nproduction: [unclosed\n");
    }
}
