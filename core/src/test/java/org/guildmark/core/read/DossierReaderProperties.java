package org.guildmark.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.guildmark.core.Dossiers;
import org.guildmark.core.code.Catalogs;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Whatever is done to a dossier's bytes, the reader either accepts it or reports problems with a location; it
 * never throws and never hangs.
 */
class DossierReaderProperties {
    private static final String YAML_TEXT = Dossiers.BASE;
    private static final String JSON_TEXT = JsonMapper.builder().build()
            .writeValueAsString(YAMLMapper.builder().build().readTree(Dossiers.BASE));
    private static final DossierReader READER = new DossierReader(
            Catalogs.allClauses().map(c -> c.id()).collect(Collectors.toSet()));

    record Mutation(String kind, int at, int length, String text) {
        String apply(String source) {
            int from = Math.min(at, source.length());
            int to = Math.min(source.length(), from + length);
            return switch (kind) {
                case "delete" -> source.substring(0, from) + source.substring(to);
                case "insert" -> source.substring(0, from) + text + source.substring(from);
                case "replace" -> source.substring(0, from) + text + source.substring(to);
                case "truncate" -> source.substring(0, from);
                case "duplicate" -> source.substring(0, to) + source.substring(from, to) + source.substring(to);
                default -> throw new IllegalArgumentException(kind);
            };
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<String> junk = Arbitraries.oneOf(
                Arbitraries.strings().ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("{", "}", "[", "]", ":", ",", "\"", "\n", "- ", "  ", "null", "true", "-1", "1e999",
                        "&a", "*a", "!!binary", "\t", "#", "'", "\u0000", "x-", "ai:", "{{{{"));
        return Combinators.combine(Arbitraries.of("delete", "insert", "replace", "truncate", "duplicate"),
                Arbitraries.integers().between(0, YAML_TEXT.length() + 10), Arbitraries.integers().between(0, 80), junk)
                .as(Mutation::new);
    }

    @Property(tries = 400)
    void a_mutated_yaml_dossier_is_read_or_refused_cleanly(@ForAll("mutations") Mutation m1, @ForAll("mutations") Mutation m2) {
        check("m.yaml", m2.apply(m1.apply(YAML_TEXT)));
    }

    @Property(tries = 400)
    void a_mutated_json_dossier_is_read_or_refused_cleanly(@ForAll("mutations") Mutation m1, @ForAll("mutations") Mutation m2) {
        check("m.json", m2.apply(m1.apply(JSON_TEXT)));
    }

    @Property(tries = 100)
    void random_bytes_are_refused_cleanly(@ForAll byte[] bytes) {
        checkBytes("r.json", bytes);
        checkBytes("r.yaml", bytes);
    }

    private static void check(String name, String content) {
        checkBytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void checkBytes(String name, byte[] content) {
        try {
            Path dir = Files.createTempDirectory("gm-prop");
            Path file = dir.resolve(name);
            Files.write(file, content);
            var result = READER.read(file, name, index -> asset -> { });
            if (result.problems().isEmpty()) {
                assertThat(result.dossier()).isNotNull();
            }
            for (Problem p : result.problems()) {
                assertThat(p.location()).matches(java.util.regex.Pattern.quote(name) + ":\\d+:\\d+");
                assertThat(p.message()).isNotBlank();
            }
            Files.delete(file);
            Files.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
