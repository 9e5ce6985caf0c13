package org.guildmark.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.guildmark.core.Dossiers;
import org.guildmark.core.dossier.Asset;
import org.guildmark.core.dossier.Enums;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class DossierReaderTest {
    @TempDir
    Path dir;

    private final DossierReader reader = new DossierReader(
            org.guildmark.core.code.Catalogs.allClauses().map(c -> c.id()).collect(java.util.stream.Collectors.toSet()));

    private DossierReader.Result<Collector> read(String name, String content) {
        return reader.read(Dossiers.write(dir, name, content), name, index -> new Collector());
    }

    static final class Collector implements DossierReader.AssetSink {
        final List<Asset> assets = new ArrayList<>();

        @Override
        public void accept(Asset asset) {
            assets.add(asset);
        }
    }

    /** The assets with their line and column cleared: the same content sits elsewhere in another encoding. */
    private static List<Asset> withoutPlaces(List<Asset> assets) {
        return assets.stream().map(a -> new Asset(a.index(), 0, 0, a.id(), a.kind(), a.department(), a.seconds(),
                a.delivered(), a.ai(), a.oversight(), a.likeness(), a.labels())).toList();
    }

    @Test
    void each_asset_knows_where_it_is_in_the_file() {
        var result = read("d.yaml", Dossiers.BASE);
        assertThat(result.sink().assets).extracting(Asset::line).containsExactly(59, 60);
    }

    private static List<String> messages(DossierReader.Result<?> result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void a_valid_dossier_reads_without_problems_and_streams_every_asset() {
        var result = read("d.yaml", Dossiers.BASE);
        assertThat(result.problems()).isEmpty();
        assertThat(result.sink().assets).extracting(Asset::id).containsExactly("sh010", "sh020");
        assertThat(result.dossier().production().id()).isEqualTo("test-film");
        assertThat(result.sha256()).hasSize(64);
    }

    @Test
    void yaml_and_json_carry_the_same_tree() throws IOException {
        JsonNode tree = YAMLMapper.builder().build().readTree(Dossiers.BASE);
        var fromYaml = read("d.yaml", Dossiers.BASE);
        var fromJson = read("d.json", JsonMapper.builder().build().writeValueAsString(tree));
        assertThat(fromJson.problems()).isEmpty();
        assertThat(fromJson.dossier()).isEqualTo(fromYaml.dossier());
        assertThat(withoutPlaces(fromJson.sink().assets)).isEqualTo(withoutPlaces(fromYaml.sink().assets));
    }

    @Test
    void sections_may_come_in_any_order_even_assets_first() throws IOException {
        ObjectNode tree = (ObjectNode) YAMLMapper.builder().build().readTree(Dossiers.BASE);
        ObjectNode reordered = JsonMapper.builder().build().createObjectNode();
        reordered.set("assets", tree.get("assets"));
        tree.properties().forEach(e -> {
            if (!e.getKey().equals("assets")) {
                reordered.set(e.getKey(), e.getValue());
            }
        });
        var inOrder = read("a.json", tree.toString());
        var assetsFirst = read("b.json", reordered.toString());
        assertThat(assetsFirst.problems()).isEmpty();
        assertThat(assetsFirst.dossier()).isEqualTo(inOrder.dossier());
        assertThat(withoutPlaces(assetsFirst.sink().assets)).isEqualTo(withoutPlaces(inOrder.sink().assets));
    }

    @Test
    void an_unknown_key_is_rejected_with_its_location_pointer_and_a_did_you_mean() {
        var result = read("d.yaml", Dossiers.BASE.replace("  commercial: true", "  comercial: true"));
        assertThat(messages(result)).singleElement().satisfies(m -> assertThat(m)
                .startsWith("d.yaml:6:")
                .contains("/production/comercial")
                .contains("unknown field 'comercial' (did you mean 'commercial'?)"));
    }

    @Test
    void many_errors_are_reported_at_once() {
        String broken = Dossiers.BASE
                .replace("type: feature", "type: featur")
                .replace("{ id: sh010, kind: shot,", "{ id: sh010, kind: shoot,")
                .replace("givenAt: 2026-02-01", "givenAt: 2026-02-30");
        var result = read("d.yaml", broken);
        assertThat(messages(result)).hasSize(3)
                .anySatisfy(m -> assertThat(m).contains("/production/type").contains("'featur' (did you mean 'feature'?)"))
                .anySatisfy(m -> assertThat(m).contains("/assets/0/kind").contains("did you mean 'shot'"))
                .anySatisfy(m -> assertThat(m).contains("/consents/0/givenAt").contains("not a valid date"));
    }

    @Test
    void a_dangling_reference_names_both_ends() {
        var result = read("d.yaml", Dossiers.BASE.replace("prompters: [joe]", "prompters: [jo]"));
        assertThat(messages(result)).singleElement().satisfies(m -> assertThat(m)
                .contains("/assets/1/ai/prompters/0")
                .contains("'jo' is not declared in /people (did you mean 'joe'?)"));
    }

    @Test
    void a_dangling_person_in_a_header_section_is_reported_where_it_is_used() {
        var result = read("d.yaml", Dossiers.BASE.replace("- { person: ana, role: performer", "- { person: anna, role: performer"));
        assertThat(messages(result)).singleElement().satisfies(m -> assertThat(m)
                .contains("/credits/2/person").contains("'anna' is not declared in /people (did you mean 'ana'?)"));
    }

    @Test
    void a_duplicate_id_is_reported_with_both_locations() {
        var result = read("d.yaml", Dossiers.BASE.replace("{ id: ana, name: Ana Actor }", "{ id: joe, name: Ana Actor }")
                .replace("person: ana", "person: joe"));
        assertThat(messages(result)).anySatisfy(m -> assertThat(m)
                .startsWith("d.yaml:12:11").contains("/people/2/id").contains("id 'joe' is declared twice in /people")
                .contains("here and at d.yaml:11:11")
                .contains("(/people/1/id)"));
    }

    @Test
    void a_duplicate_asset_id_names_the_first_asset() {
        var result = read("d.yaml", Dossiers.BASE.replace("id: sh020", "id: sh010"));
        assertThat(messages(result)).singleElement().satisfies(m -> assertThat(m)
                .contains("/assets/1/id").contains("asset id 'sh010' is already used by /assets/0"));
    }

    @Test
    void a_key_given_twice_in_one_object_is_an_error_not_a_silent_override() {
        var result = read("d.yaml", Dossiers.BASE.replace("  title: Test Film", "  title: Test Film\n  title: Other"));
        assertThat(messages(result)).singleElement().satisfies(m -> assertThat(m).contains("'title' appears twice"));
    }

    @Test
    void money_is_read_as_an_exact_decimal() {
        var result = read("d.yaml", Dossiers.BASE.replace("\"60.00\"", "\"60.10\""));
        BigDecimal amount = result.dossier().engagements().get(0).rate().money().amount();
        assertThat(amount).isEqualTo(new BigDecimal("60.10"));
        assertThat(amount.scale()).isEqualTo(2);
    }

    @Test
    void money_that_is_not_a_number_or_negative_is_refused() {
        var text = read("d.yaml", Dossiers.BASE.replace("\"60.00\"", "\"sixty\""));
        var negative = read("e.yaml", Dossiers.BASE.replace("\"60.00\"", "\"-5\""));
        assertThat(messages(text)).anySatisfy(m -> assertThat(m).contains("'sixty' is not a decimal number"));
        assertThat(messages(negative)).anySatisfy(m -> assertThat(m).contains("must not be negative"));
    }

    @Test
    void a_wrong_type_says_what_was_expected_and_what_was_found() {
        var result = read("d.yaml", Dossiers.BASE.replace("  commercial: true", "  commercial: [yes]"));
        assertThat(messages(result)).singleElement().satisfies(m -> assertThat(m)
                .contains("/production/commercial").contains("expected true or false, found a list"));
    }

    @Test
    void an_empty_file_is_an_error_not_a_crash() {
        var result = read("empty.yaml", "");
        assertThat(messages(result)).singleElement().satisfies(m -> assertThat(m).startsWith("empty.yaml:1:1")
                .contains("the file is empty"));
        assertThat(result.dossier()).isNull();
    }

    @Test
    void a_missing_file_is_an_error_not_a_crash() {
        var result = reader.read(dir.resolve("nope.yaml"), "nope.yaml", index -> new Collector());
        assertThat(messages(result)).singleElement().satisfies(m -> assertThat(m).contains("no such file"));
    }

    @Test
    void a_truncated_json_file_is_reported_where_it_ends() throws IOException {
        String json = JsonMapper.builder().build().writeValueAsString(YAMLMapper.builder().build().readTree(Dossiers.BASE));
        var result = read("t.json", json.substring(0, json.length() / 2));
        assertThat(messages(result)).anySatisfy(m -> assertThat(m).startsWith("t.json:1:")
                .contains("the file ends before the document is complete").doesNotContain("Source", "REDACTED"));
        assertThat(result.dossier()).isNull();
    }

    @Test
    void binary_garbage_is_reported_at_its_first_byte() throws IOException {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        garbage[0] = (byte) 0xFF;
        Files.write(dir.resolve("g.json"), garbage);
        var result = reader.read(dir.resolve("g.json"), "g.json", index -> new Collector());
        assertThat(result.problems()).isNotEmpty();
        assertThat(result.problems().get(0).location()).startsWith("g.json:1:");
    }

    @Test
    void deeply_nested_junk_stops_with_an_error_instead_of_a_stack_overflow() {
        String junk = "{\"guildmark\": \"dossier/v1\", \"x-deep\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        var result = read("deep.json", junk);
        assertThat(messages(result)).singleElement().satisfies(m -> assertThat(m).contains("deep.json:1:")
                .containsIgnoringCase("nesting"));
    }

    @Test
    void a_list_where_a_dossier_should_be_is_refused() {
        var result = read("l.yaml", "- a\n- b\n");
        assertThat(messages(result)).anySatisfy(m -> assertThat(m).contains("a dossier is a mapping of sections"));
    }

    @Test
    void the_format_line_is_required_and_exact() {
        var missing = read("a.yaml", Dossiers.BASE.replace("guildmark: dossier/v1\n", ""));
        var wrong = read("b.yaml", Dossiers.BASE.replace("guildmark: dossier/v1", "guildmark: dossier/v2"));
        assertThat(messages(missing)).anySatisfy(m -> assertThat(m).contains("required field 'guildmark' is missing"));
        assertThat(messages(wrong)).anySatisfy(m -> assertThat(m).contains("'dossier/v2' is not a format"));
    }

    @Test
    void private_x_extensions_at_the_top_level_are_ignored() {
        var result = read("d.yaml", Dossiers.BASE + "x-studio:\n  anything: [1, 2, {deep: true}]\n");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void an_unknown_attestation_clause_is_refused_with_a_hint() {
        var result = read("d.yaml", Dossiers.BASE.replace("clause: \"7.1\"", "clause: \"7.l\""));
        assertThat(messages(result)).singleElement().satisfies(m -> assertThat(m)
                .contains("'7.l' is not a clause of the Code (did you mean '7.1'?)"));
    }

    @Test
    void enum_values_read_into_the_model() {
        var result = read("d.yaml", Dossiers.BASE);
        Asset composite = result.sink().assets.get(1);
        assertThat(composite.aiUse()).isEqualTo(Enums.AiUse.COMPOSITE);
        assertThat(composite.ai().share()).isEqualByComparingTo("0.5");
        assertThat(composite.likeness().get(0).aspects()).containsExactly(Enums.Aspect.FACE);
        assertThat(composite.delivered()).isTrue();
    }

    @Test
    void problems_past_the_limit_are_counted_not_kept() {
        StringBuilder assets = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            assets.append("  - { id: a").append(i).append(", kind: nope }\n");
        }
        var result = read("d.yaml", Dossiers.BASE.substring(0, Dossiers.BASE.indexOf("assets:")) + "assets:\n" + assets);
        assertThat(result.problemCount()).isEqualTo(500);
        assertThat(result.problems()).hasSize(Problems.DEFAULT_LIMIT);
    }
}
