package org.guildmark.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildmark.core.Dossiers.base;

import java.nio.file.Path;

import org.guildmark.core.Dossiers;
import org.guildmark.core.read.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dossier the audit cannot judge comes back as an invalid report that says where, never as a crash. */
class InvalidDossierAuditTest {
    @TempDir
    Path dir;

    @Test
    void a_dossier_whose_production_section_is_misspelt_is_invalid_and_its_assets_are_not_judged() {
        AuditReport report = Dossiers.audit(dir, base("production:\n", "productoin:\n"));

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.errors()).extracting(Problem::message)
                .contains("required field 'production' is missing")
                .anyMatch(m -> m.startsWith("unknown field 'productoin' (did you mean 'production'?)"));
        assertThat(report.assets()).isEqualTo(2);
    }

    @Test
    void a_production_that_is_not_a_mapping_is_reported_where_it_stands() {
        String yaml = Dossiers.BASE.replaceFirst("(?s)production:\n(  .*?\n)+people:", "production: []\npeople:");

        AuditReport report = Dossiers.audit(dir, yaml);

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.errors()).extracting(Problem::location, Problem::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dossier.yaml:2:13", "/production"));
    }
}
