package org.guildmark.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.guildmark.core.Dossiers;
import org.guildmark.core.report.JsonReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example dossier is audited and compared with its expected report, checked in beside it. After a
 * deliberate change, regenerate them with {@code -Dguildmark.updateExpected=true}.
 */
class ExamplesTest {
    private static final Path EXPECTED = Dossiers.EXAMPLES.resolve("expected");

    static Stream<String> examples() {
        return Dossiers.exampleNames().stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void each_example_gives_its_expected_report(String example) throws IOException {
        String report = render(example);
        Path expected = EXPECTED.resolve(example.replace(".yaml", ".report.json"));
        if (Boolean.getBoolean("guildmark.updateExpected")) {
            Files.createDirectories(EXPECTED);
            Files.writeString(expected, report);
        }
        assertThat(report).isEqualTo(Files.readString(expected));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void two_runs_on_the_same_input_give_byte_identical_reports(String example) throws IOException {
        assertThat(render(example)).isEqualTo(render(example));
    }

    private static String render(String example) throws IOException {
        AuditReport report = new AuditEngine().audit(Dossiers.EXAMPLES.resolve(example), "examples/" + example,
                Dossiers.AS_OF);
        StringWriter out = new StringWriter();
        new JsonReport().write(List.of(report), out);
        return out.toString();
    }
}
