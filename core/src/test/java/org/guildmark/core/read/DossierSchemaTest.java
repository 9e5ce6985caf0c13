package org.guildmark.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.guildmark.core.Dossiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The published JSON Schema ({@code docs/dossier-v1.schema.json}) agrees with the examples and the reader. */
class DossierSchemaTest {
    private static final Path SCHEMA = Path.of("..", "docs", "dossier-v1.schema.json");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Dossiers.EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void every_example_validates_against_the_schema(Path example) throws IOException {
        List<Error> errors = schema().validate(YAML.readTree(example.toFile()));
        assertThat(errors).isEmpty();
    }

    @Test
    void the_test_base_dossier_validates_too() throws IOException {
        assertThat(schema().validate(YAML.readTree(Dossiers.BASE))).isEmpty();
    }

    @Test
    void the_schema_rejects_what_the_reader_rejects() throws IOException {
        ObjectNode typo = (ObjectNode) YAML.readTree(Dossiers.BASE);
        ((ObjectNode) typo.get("production")).put("comercial", true);
        JsonNode badEnum = YAML.readTree(Dossiers.BASE.replace("kind: shot, department: camera", "kind: shoot, department: camera"));
        JsonNode noFormat = YAML.readTree(Dossiers.BASE.replace("guildmark: dossier/v1\n", ""));
        assertThat(schema().validate(typo)).isNotEmpty();
        assertThat(schema().validate(badEnum)).isNotEmpty();
        assertThat(schema().validate(noFormat)).isNotEmpty();
    }
}
