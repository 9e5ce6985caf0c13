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

    @Test
    void a_rate_schedule_that_is_neither_built_in_nor_a_file_is_reported_at_the_line_naming_it() {
        AuditReport report = Dossiers.audit(dir, base("rateSchedule: aimeg-example-2026", "rateSchedule: aimeg-exmaple-2026"));

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("dossier.yaml:19:15");
            assertThat(p.pointer()).isEqualTo("/rateSchedule");
            assertThat(p.message()).startsWith("rateSchedule 'aimeg-exmaple-2026' (did you mean 'aimeg-example-2026'?)"
                    + " is neither a built-in schedule");
        });
    }
}
