package org.guildmark.core.evidence.mlbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.guildmark.core.CycloneDxFixtures;
import org.guildmark.core.evidence.mlbom.MlBom.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MlBomReaderTest {
    @TempDir
    Path dir;

    private final MlBomReader reader = new MlBomReader();

    private MlBom read(String name, String content) throws IOException {
        return reader.read(Files.writeString(dir.resolve(name), content));
    }

    private static String fixture(String name) throws IOException {
        return Files.readString(CycloneDxFixtures.file(name));
    }

    @Test
    void the_machine_learning_fixture_gives_its_publisher_model_and_unlicensed_dataset() {
        MlBom bom = reader.read(CycloneDxFixtures.file(CycloneDxFixtures.MACHINE_LEARNING));

        assertThat(bom.problems()).isEmpty();
        assertThat(bom.specVersion()).contains("1.6");
        assertThat(bom.vendor()).contains("Acme Inc");
        assertThat(bom.model()).contains("stable-diffusion@1.4");
        assertThat(bom.datasets()).containsExactly(new Dataset("Training Data", List.of()));
        assertThat(bom.datasets().get(0).licenceUnknown()).isTrue();
    }

    @Test
    void the_component_data_fixture_has_data_but_no_model() {
        MlBom bom = reader.read(CycloneDxFixtures.file(CycloneDxFixtures.COMPONENT_DATA));

        assertThat(bom.specVersion()).contains("1.6");
        assertThat(bom.vendor()).isEmpty();
        assertThat(bom.model()).isEmpty();
        assertThat(bom.datasets()).containsExactly(new Dataset("my-configs@1337", List.of()));
        assertThat(bom.problems()).containsExactly("the BOM has no machine-learning-model component");
    }

    @Test
    void spec_versions_1_5_and_1_7_read_like_1_6() throws IOException {
        String bom16 = fixture(CycloneDxFixtures.MACHINE_LEARNING);
        for (String version : List.of("1.5", "1.7")) {
            MlBom bom = read("ml-" + version + ".json", bom16.replace("\"specVersion\": \"1.6\"",
                    "\"specVersion\": \"" + version + "\"").replace("bom-1.6.schema", "bom-" + version + ".schema"));

            assertThat(bom.specVersion()).as(version).contains(version);
            assertThat(bom.problems()).as(version).isEmpty();
            assertThat(bom.model()).as(version).contains("stable-diffusion@1.4");
        }
    }

    @Test
    void a_1_4_bom_is_no_ml_bom_but_what_it_says_is_still_read() throws IOException {
        MlBom bom = read("ml-1.4.json", fixture(CycloneDxFixtures.MACHINE_LEARNING)
                .replace("\"specVersion\": \"1.6\"", "\"specVersion\": \"1.4\""));

        assertThat(bom.problems()).containsExactly("CycloneDX 1.4 is not an ML-BOM version (Guildmark reads 1.5, 1.6, 1.7)");
        assertThat(bom.vendor()).contains("Acme Inc");
    }

    @Test
    void garbage_is_neither_json_nor_xml() throws IOException {
        MlBom bom = read("garbage.json", "PK\u0003\u0004 this is not a BOM");

        assertThat(bom.problems()).containsExactly("the file is neither JSON nor XML");
        assertThat(bom.specVersion()).isEmpty();
        assertThat(bom.datasets()).isEmpty();
    }

    @Test
    void broken_json_says_why() throws IOException {
        MlBom bom = read("broken.json", "{ \"bomFormat\": \"CycloneDX\", \"specVersion\": ");

        assertThat(bom.problems()).singleElement().asString().startsWith("the file is not a CycloneDX JSON BOM (");
    }

    @Test
    void json_that_is_not_a_bom_is_named_so() throws IOException {
        MlBom bom = read("other.json", "{ \"name\": \"a dossier, perhaps\" }");

        assertThat(bom.problems()).containsExactly("bomFormat is missing, not CycloneDX",
                "the BOM declares no specVersion", "the BOM lists no components");
    }

    @Test
    void an_empty_components_list_has_no_model() throws IOException {
        MlBom bom = read("empty.json", """
                { "bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "components": [] }
                """);

        assertThat(bom.problems()).containsExactly("the BOM lists no components");
        assertThat(bom.model()).isEmpty();
    }

    @Test
    void a_model_without_a_model_card_is_named_with_its_version() throws IOException {
        MlBom bom = read("no-card.json", """
                { "bomFormat": "CycloneDX", "specVersion": "1.6", "components": [
                  { "type": "machine-learning-model", "name": "plategen", "version": "3.1",
                    "supplier": { "name": "Example Labs" } } ] }
                """);

        assertThat(bom.problems()).containsExactly("the model plategen@3.1 has no model card");
        assertThat(bom.vendor()).contains("Example Labs");
    }

    @Test
    void a_dataset_reference_takes_the_licences_of_the_data_component() throws IOException {
        MlBom bom = read("refs.json", """
                { "bomFormat": "CycloneDX", "specVersion": "1.7", "components": [
                  { "type": "machine-learning-model", "bom-ref": "model", "name": "plategen",
                    "manufacturer": { "name": "Example Labs" }, "publisher": "Hub Mirror",
                    "modelCard": { "modelParameters": { "datasets": [
                      { "ref": "stills" }, { "ref": "scripts" }, { "ref": "gone" } ] } } },
                  { "type": "data", "bom-ref": "stills", "name": "Film Stills",
                    "licenses": [ { "license": { "id": "CC-BY-NC-4.0" } }, { "license": { "name": "Studio Terms" } } ] },
                  { "type": "data", "bom-ref": "scripts", "name": "Scripts",
                    "licenses": [ { "expression": "(CC-BY-4.0 OR MIT) AND GPL-2.0-only WITH Classpath-exception-2.0" } ] } ] }
                """);

        assertThat(bom.vendor()).contains("Example Labs");
        assertThat(bom.datasets()).containsExactly(
                new Dataset("Film Stills", List.of("CC-BY-NC-4.0", "Studio Terms")),
                new Dataset("Scripts", List.of("CC-BY-4.0", "MIT", "GPL-2.0-only")),
                new Dataset("gone", List.of()));
        assertThat(bom.problems()).containsExactly("the dataset reference 'gone' names nothing in the BOM");
    }

    @Test
    void an_xml_bom_is_read_with_its_version_from_the_namespace() throws IOException {
        MlBom bom = read("ml.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <bom xmlns="http://cyclonedx.org/schema/bom/1.7" version="1">
                  <components>
                    <component type="machine-learning-model">
                      <publisher>Acme Inc</publisher>
                      <name>stable-diffusion</name>
                      <version>1.4</version>
                      <modelCard><modelParameters><datasets>
                        <dataset type="dataset"><name>Training Data</name></dataset>
                      </datasets></modelParameters></modelCard>
                    </component>
                  </components>
                </bom>
                """);

        assertThat(bom.problems()).isEmpty();
        assertThat(bom.specVersion()).contains("1.7");
        assertThat(bom.model()).contains("stable-diffusion@1.4");
        assertThat(bom.datasets()).containsExactly(new Dataset("Training Data", List.of()));
    }

    @Test
    void an_xml_bom_the_library_cannot_bind_gives_a_clear_problem() throws IOException {
        MlBom bom = read("refs.xml", """
                <bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1"><components>
                  <component type="machine-learning-model"><name>m</name>
                    <modelCard><modelParameters><datasets><ref>d</ref></datasets></modelParameters></modelCard>
                  </component></components></bom>
                """);

        assertThat(bom.problems()).singleElement().asString()
                .startsWith("the XML could not be read as a CycloneDX BOM (")
                .endsWith("); the JSON form reads more fully");
    }

    @Test
    void xml_with_a_doctype_is_refused_before_parsing() throws IOException {
        MlBom bom = read("xxe.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE bom [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
                <bom xmlns="http://cyclonedx.org/schema/bom/1.6"><components/></bom>
                """);

        assertThat(bom.problems()).containsExactly("the XML declares a DOCTYPE, which a CycloneDX BOM never needs");
    }

    @Test
    void a_file_over_16_mib_is_refused_unread() throws IOException {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(MlBomReader.MAX_BYTES + 1);
        }

        assertThat(reader.read(big).problems()).containsExactly("the file has 16777217 bytes; an ML-BOM may be at most 16 MiB");
    }

    @Test
    void a_missing_file_is_a_problem_not_an_exception() {
        MlBom bom = reader.read(dir.resolve("absent.cdx.json"));

        assertThat(bom).isEqualTo(new MlBom(Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of("there is no such file")));
    }
}
