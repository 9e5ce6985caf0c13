package org.guildmark.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.guildmark.core.Dossiers;
import org.guildmark.core.JsonDossiers;
import org.guildmark.core.read.DossierReader;
import org.guildmark.core.report.JsonReport;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * An audit that reads a JSON dossier's assets with two threads writes the same report, byte for byte, as one
 * that reads them alone: ADL sums and samples, findings and their order, counts and omissions, errors.
 */
class SplitAuditProperties {

    private static String report(Path file, DossierReader.Split split, int findingsPerRule) throws IOException {
        AuditReport report = new AuditEngine(Rules.all(), findingsPerRule, split).audit(file, "d.json", Dossiers.AS_OF);
        StringWriter out = new StringWriter();
        new JsonReport().write(List.of(report), out);
        return out.toString();
    }

    private static Path write(String content) throws IOException {
        Path file = Files.createTempFile("split-audit", ".json");
        Files.writeString(file, content);
        file.toFile().deleteOnExit();
        return file;
    }

    @Property(tries = 150)
    void a_split_audit_reports_what_a_single_reader_reports(@ForAll long seed,
            @ForAll @IntRange(min = 20, max = 300) int assets, @ForAll boolean minified, @ForAll boolean sectionsAfter,
            @ForAll boolean documentary, @ForAll boolean flawed, @ForAll @DoubleRange(min = 0, max = 0.02) double duplicates,
            @ForAll @DoubleRange(min = 0.05, max = 0.95) double at, @ForAll @IntRange(min = 1, max = 4) int findingsPerRule)
            throws IOException {
        Path file = write(JsonDossiers.write(new JsonDossiers.Shape(seed, assets, minified, seed % 3 == 0, sectionsAfter,
                documentary, flawed ? 0.02 : 0, seed % 5 == 0 ? duplicates : 0, seed % 7 == 0)));
        int limit = findingsPerRule == 4 ? AuditEngine.DEFAULT_FINDINGS_PER_RULE : findingsPerRule;
        String alone = report(file, DossierReader.Split.NEVER, limit);
        Statistics.label("verdict").collect(alone.contains("\"invalid\"") ? "invalid" : "audited");
        assertThat(report(file, new DossierReader.Split(0, at), limit)).isEqualTo(alone);
    }

    @Test
    void each_example_as_json_reports_alike_when_split() throws IOException {
        for (String example : Dossiers.exampleNames()) {
            Path yaml = Dossiers.EXAMPLES.resolve(example);
            Path json = write("");
            Files.writeString(json, JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(YAMLMapper.builder().build().readTree(yaml.toFile())));
            for (double at : new double[] {0.2, 0.5, 0.8}) {
                assertThat(report(json, new DossierReader.Split(0, at), 1000))
                        .isEqualTo(report(json, DossierReader.Split.NEVER, 1000));
            }
        }
    }

    @Test
    void a_large_dossier_with_findings_in_both_shares_reports_alike() throws IOException {
        Path file = write(JsonDossiers.write(new JsonDossiers.Shape(3, 2000, false, false, true, true, 0, 0, false)));
        String alone = report(file, DossierReader.Split.NEVER, 5);
        assertThat(alone).contains("\"omitted\"").contains("\"findings\"");
        for (double at : new double[] {0.1, 0.5, 0.9}) {
            assertThat(report(file, new DossierReader.Split(0, at), 5)).isEqualTo(alone);
        }
    }
}
