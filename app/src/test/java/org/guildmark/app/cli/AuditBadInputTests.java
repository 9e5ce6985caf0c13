package org.guildmark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildmark.app.cli.Run.LIGHTHOUSE;
import static org.guildmark.app.cli.Run.guildmark;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Whatever the file holds, {@code guildmark audit} answers with exit code 2 and a report that says where the
 * problem is ({@code file:line:column}), never with a stack trace.
 */
class AuditBadInputTests {

    private static final long TWO_GIGABYTES = 2L << 30;

    @TempDir
    Path dir;

    /** Audits one file and checks what every bad input must give; returns the text report. */
    private static String auditInvalid(Path file) {
        Run run = guildmark("audit", file.toString(), "--no-color");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).as("nothing on stderr: the report carries the errors").isEmpty();
        assertThat(run.out()).contains("INVALID DOSSIER")
                .containsPattern(Pattern.quote(file.toString()) + ":\\d+:\\d+")
                .doesNotContain("at org.", "at java.", "Exception");
        return run.out();
    }

    @Test
    void a_missing_file_is_reported_as_no_such_file() {
        String report = auditInvalid(dir.resolve("missing.yaml"));

        assertThat(report).contains(dir.resolve("missing.yaml") + ":1:1", "no such file");
    }

    @Test
    void an_empty_file_is_reported_as_empty() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.yaml"));

        assertThat(auditInvalid(empty)).contains("the file is empty");
    }

    @Test
    void a_directory_is_not_a_dossier() throws IOException {
        Path directory = Files.createDirectory(dir.resolve("dossier.yaml"));

        assertThat(auditInvalid(directory)).contains("is a directory, not a dossier file");
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @CsvSource({"1, garbage.bin", "2, garbage.yaml", "3, garbage.json", "4, garbage", "5, garbage.bin"})
    void binary_garbage_is_reported_without_a_crash(long seed, String name) throws IOException {
        byte[] bytes = new byte[64 * 1024];
        new Random(seed).nextBytes(bytes);

        auditInvalid(Files.write(dir.resolve(name), bytes));
    }

    @Test
    void a_truncated_json_dossier_is_reported_where_it_ends() throws IOException {
        String json = JsonMapper.builder().build().writeValueAsString(
                YAMLMapper.builder().build().readTree(Files.readString(Path.of(LIGHTHOUSE))));
        Path truncated = Files.writeString(dir.resolve("lighthouse.json"), json.substring(0, json.length() / 2));

        assertThat(auditInvalid(truncated)).contains("the file ends before the document is complete")
                .doesNotContain("REDACTED", "Source:");
    }

    @Test
    void the_same_dossier_complete_in_json_is_valid() throws IOException {
        String json = JsonMapper.builder().build().writeValueAsString(
                YAMLMapper.builder().build().readTree(Files.readString(Path.of(LIGHTHOUSE))));
        Path complete = Files.writeString(dir.resolve("lighthouse.json"), json);

        assertThat(guildmark("audit", complete.toString()).exit()).isZero();
    }

    @Test
    void deeply_nested_junk_json_stops_at_the_nesting_limit() throws IOException {
        Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(100_000));

        assertThat(auditInvalid(deep)).contains(deep + ":1:65", "nesting too deep");
    }

    @Test
    void an_unknown_enum_value_and_a_dangling_reference_are_both_reported_in_one_run() throws IOException {
        Path dossier = Files.writeString(dir.resolve("two-errors.yaml"), """
                guildmark: dossier/v1
                production:
                  id: two-errors
                  title: Two Errors
                  type: feature
                people:
                  - id: ana
                    name: Ana Ruiz
                    category: grown-up
                credits:
                  - person: bob
                    role: director
                    onScreen: true
                disclosure: { declaredAdl: 0 }
                """);

        String report = auditInvalid(dossier);
        assertThat(report).contains(dossier + ":9:15  /people/0/category",
                "unknown value 'grown-up'; expected one of adult, minor, deceased, vulnerable");
        assertThat(report).contains(dossier + ":11:13  /credits/0/person", "'bob' is not declared in /people");

        JsonNode errors = guildmark("audit", dossier.toString(), "--format", "json").json().get("errors");
        assertThat(errors.findValuesAsString("location"))
                .containsExactly(dossier + ":9:15", dossier + ":11:13");
        assertThat(errors.findValuesAsString("pointer")).containsExactly("/people/0/category", "/credits/0/person");
    }

    @Test
    void a_dossier_without_its_production_section_is_invalid_not_a_crash() throws IOException {
        String lighthouse = Files.readString(Path.of(LIGHTHOUSE));
        Path dossier = Files.writeString(dir.resolve("no-production.yaml"),
                lighthouse.replace("\nproduction:\n", "\nproductoin:\n"));

        assertThat(auditInvalid(dossier)).contains("required field 'production' is missing",
                "unknown field 'productoin' (did you mean 'production'?)");
    }

    @Test
    void an_unknown_rate_schedule_is_reported_at_the_line_that_names_it() throws IOException {
        Path dossier = Files.writeString(dir.resolve("schedule.yaml"), """
                guildmark: dossier/v1
                production: { id: schedule, title: Schedule }
                rateSchedule: aimeg-exmaple-2026
                """);

        assertThat(auditInvalid(dossier)).contains(dossier + ":3:15  /rateSchedule",
                "'aimeg-exmaple-2026' (did you mean 'aimeg-example-2026'?)");
    }

    @Test
    @Timeout(60)
    void a_two_gigabyte_file_of_zeros_is_refused_at_its_first_byte() throws IOException {
        Path zeros = sparse(dir.resolve("zeros.yaml"), new byte[0]);

        assertThat(auditInvalid(zeros)).contains(zeros + ":1:1");
    }

    @Test
    @Timeout(60)
    void a_two_gigabyte_json_dossier_padded_with_zeros_stops_where_the_padding_starts() throws IOException {
        byte[] start = "{\"guildmark\":\"dossier/v1\",\"x-pad\":\"".getBytes(StandardCharsets.UTF_8);
        Path padded = sparse(dir.resolve("padded.json"), start);

        assertThat(auditInvalid(padded)).contains(padded + ":1:" + (start.length + 1));
    }

    @Test
    void every_format_reports_a_bad_file_with_its_error_and_exit_2() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.yaml"));

        for (String format : List.of("json", "markdown", "html", "sarif")) {
            Run run = guildmark("audit", empty.toString(), "--format", format);
            assertThat(run.exit()).as(format).isEqualTo(2);
            assertThat(run.out()).as(format).contains("the file is empty");
        }
    }

    /** A file of {@code length} bytes that starts with {@code start} and holds zeros after it, without writing them. */
    private static Path sparse(Path file, byte[] start) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(start);
            raf.setLength(TWO_GIGABYTES);
        }
        assertThat(Files.size(file)).isEqualTo(TWO_GIGABYTES);
        return file;
    }
}
