package org.guildmark.core.evidence.c2pa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.guildmark.core.dossier.Enums.AiUse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class C2paManifestsTest {
    @TempDir
    Path dir;

    @Test
    void a_manifest_is_read_once_relative_to_the_dossier_however_many_assets_name_it() throws IOException {
        Files.createDirectories(dir.resolve("manifests"));
        Files.copy(C2paFixtures.file("C.json"), dir.resolve("manifests/c.json"));
        C2paManifests manifests = new C2paManifests(dir);

        C2paEvidence first = manifests.manifest("manifests/c.json");
        Files.delete(dir.resolve("manifests/c.json"));
        C2paEvidence again = manifests.manifest("manifests/c.json");

        assertThat(again).isSameAs(first);
        assertThat(first.source()).isEqualTo("manifests/c.json");
        assertThat(first.aiUse()).contains(AiUse.NONE);
    }

    @Test
    void a_path_that_cannot_be_a_file_is_a_problem_not_an_exception() {
        C2paEvidence e = new C2paManifests(dir).manifest("bad\0name.json");

        assertThat(e.complete()).isFalse();
        assertThat(e.problems().get(0).message()).startsWith("is not a file path here");
    }
}
