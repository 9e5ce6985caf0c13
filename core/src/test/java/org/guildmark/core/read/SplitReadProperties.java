package org.guildmark.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.guildmark.core.JsonDossiers;
import org.guildmark.core.code.Catalogs;
import org.guildmark.core.dossier.Asset;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Reading a JSON dossier's assets with two threads gives the sink the same assets, numbered and placed as a
 * single reader places them, and the same problems, wherever the split falls and whatever is wrong with the file.
 */
class SplitReadProperties {
    private static final java.util.Set<String> CLAUSES = Catalogs.allClauses().map(c -> c.id()).collect(Collectors.toSet());

    /** Keeps every asset, and absorbs a later share as the whole file places it. */
    static final class Collector implements DossierReader.MergeableSink<Collector> {
        final List<Asset> assets = new ArrayList<>();

        @Override
        public void accept(Asset asset) {
            assets.add(asset);
        }

        @Override
        public void absorb(Collector later, AssetShift shift) {
            later.assets.forEach(a -> assets.add(shift.apply(a)));
        }
    }

    private static DossierReader.Result<Collector> read(Path file, DossierReader.Split split) {
        return new DossierReader(CLAUSES, split).read(file, "d.json", index -> new Collector());
    }

    private static Path write(String content) throws IOException {
        Path file = Files.createTempFile("split", ".json");
        Files.writeString(file, content);
        file.toFile().deleteOnExit();
        return file;
    }

    private static void assertAlike(DossierReader.Result<Collector> split, DossierReader.Result<Collector> alone) {
        assertThat(split.problems()).isEqualTo(alone.problems());
        assertThat(split.problemCount()).isEqualTo(alone.problemCount());
        assertThat(split.assetCount()).isEqualTo(alone.assetCount());
        assertThat(split.sectionLocations()).isEqualTo(alone.sectionLocations());
        assertThat(split.sha256()).isEqualTo(alone.sha256());
        assertThat(split.sink() == null ? null : split.sink().assets)
                .isEqualTo(alone.sink() == null ? null : alone.sink().assets);
    }

    @Property(tries = 150)
    void a_split_read_gives_what_a_single_reader_gives(@ForAll long seed, @ForAll @IntRange(min = 20, max = 300) int assets,
            @ForAll boolean minified, @ForAll boolean crlf, @ForAll boolean sectionsAfter,
            @ForAll @DoubleRange(min = 0, max = 0.05) double flaws, @ForAll @DoubleRange(min = 0, max = 0.03) double duplicates,
            @ForAll boolean syntaxError, @ForAll @DoubleRange(min = 0.05, max = 0.95) double at) throws IOException {
        Path file = write(JsonDossiers.write(new JsonDossiers.Shape(seed, assets, minified, crlf, sectionsAfter, false,
                flaws, duplicates, syntaxError && seed % 4 == 0)));
        var split = read(file, new DossierReader.Split(0, at));
        var alone = read(file, DossierReader.Split.NEVER);
        Statistics.label("assets read by two threads").collect(split.split());
        Statistics.label("problems").collect(alone.problemCount() == 0 ? "none" : "some");
        assertAlike(split, alone);
    }

    @Test
    void a_clean_dossier_is_split_and_read_alike() throws IOException {
        for (boolean minified : new boolean[] {false, true}) {
            for (boolean crlf : new boolean[] {false, true}) {
                Path file = write(JsonDossiers.write(new JsonDossiers.Shape(7, 400, minified, crlf, true, false, 0, 0, false)));
                var split = read(file, new DossierReader.Split(0, 0.5));
                var alone = read(file, DossierReader.Split.NEVER);
                assertThat(split.split()).as("split").isTrue();
                assertThat(alone.split()).isFalse();
                assertThat(split.problems()).isEmpty();
                assertAlike(split, alone);
            }
        }
    }

    @Test
    void an_id_used_in_both_shares_is_reported_as_a_single_reader_reports_it() throws IOException {
        String text = JsonDossiers.write(new JsonDossiers.Shape(11, 300, false, false, false, false, 0, 0, false));
        Path file = write(text.replace("\"id\":\"a290\"", "\"id\":\"a3\""));
        var split = read(file, new DossierReader.Split(0, 0.5));
        var alone = read(file, DossierReader.Split.NEVER);
        assertThat(alone.problems()).extracting(Problem::message).anyMatch(m -> m.contains("'a3' is already used by /assets/3"));
        assertAlike(split, alone);
    }

    @Test
    void a_problem_after_the_assets_is_located_where_it_is() throws IOException {
        String text = JsonDossiers.write(new JsonDossiers.Shape(5, 300, false, false, true, false, 0, 0, false));
        Path file = write(text.replace("\"disclosure\":{", "\"disclosure\":{\"colour\":1,"));
        var split = read(file, new DossierReader.Split(0, 0.5));
        var alone = read(file, DossierReader.Split.NEVER);
        assertThat(split.split()).isTrue();
        assertThat(split.problems()).hasSize(1);
        assertAlike(split, alone);
    }
}
