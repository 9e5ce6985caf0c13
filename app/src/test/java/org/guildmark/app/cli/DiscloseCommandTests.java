package org.guildmark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildmark.app.cli.Run.guildmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscloseCommandTests {
    @TempDir
    Path dir;

    @Test
    void a_pack_is_written_with_every_file_the_design_names() {
        Path out = dir.resolve("pack");
        Run run = guildmark("disclose", Run.LIGHTHOUSE, "--out", out.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Disclosure pack for The Lighthouse Keeper (ADL-2 (R, V))");
        for (String file : new String[] {"disclosure.md", "disclosure.html", "disclosure.txt", "credits.txt",
            "credits.json", "labels.json", "production.jsonld", "manifest.json", "c2pa/sc18-sh070.json"}) {
            assertThat(out.resolve(file)).as(file).isRegularFile();
        }
    }

    @Test
    void a_production_that_is_not_certifiable_is_told_so() {
        Run run = guildmark("disclose", Run.PAPER_LANTERN, "--out", dir.resolve("p").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("the audit is not-certifiable");
    }

    @Test
    void a_foreign_directory_is_refused_and_kept() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("keep.txt"), "keep");
        Run run = guildmark("disclose", Run.LIGHTHOUSE, "--out", mine.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("is not an empty directory or an earlier disclosure pack");
        assertThat(Files.readString(mine.resolve("keep.txt"))).isEqualTo("keep");
    }

    @Test
    void an_invalid_dossier_writes_nothing_and_exits_2() throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "guildmark: dossier/v1\nproduction: {id: x}\n");
        Run run = guildmark("disclose", broken.toString(), "--out", dir.resolve("out").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("required field 'title' is missing").doesNotContain("at org.");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void out_is_required() {
        Run run = guildmark("disclose", Run.LIGHTHOUSE);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--out");
    }
}
