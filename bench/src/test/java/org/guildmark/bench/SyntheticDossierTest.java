package org.guildmark.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.guildmark.core.audit.AuditEngine;
import org.guildmark.core.audit.AuditReport;
import org.guildmark.core.audit.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticDossierTest {
    @TempDir
    Path dir;

    private AuditReport audit(Path file) {
        return new AuditEngine().audit(file, "synthetic", LocalDate.parse("2026-11-25"));
    }

    @Test
    void the_synthetic_dossier_is_valid_certifiable_and_the_same_in_json_and_yaml() throws IOException {
        Path json = dir.resolve("s.json");
        Path yaml = dir.resolve("s.yaml");
        new SyntheticDossier(2_000, false, 42).write(json);
        new SyntheticDossier(2_000, true, 42).write(yaml);
        AuditReport fromJson = audit(json);
        AuditReport fromYaml = audit(yaml);
        assertThat(fromJson.errors()).isEmpty();
        assertThat(fromJson.assets()).isEqualTo(2_000);
        assertThat(fromJson.verdict()).isEqualTo(Verdict.CERTIFIABLE);
        assertThat(fromJson.adl().level()).isBetween(2, 3);
        assertThat(fromYaml.adl()).isEqualTo(fromJson.adl());
        assertThat(fromYaml.findings()).isEqualTo(fromJson.findings());
    }

    @Test
    void the_same_seed_gives_the_same_file() throws IOException {
        new SyntheticDossier(500, false, 7).write(dir.resolve("a.json"));
        new SyntheticDossier(500, false, 7).write(dir.resolve("b.json"));
        assertThat(Files.mismatch(dir.resolve("a.json"), dir.resolve("b.json"))).isEqualTo(-1L);
    }
}
