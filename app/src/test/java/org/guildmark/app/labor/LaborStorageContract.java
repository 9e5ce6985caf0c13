package org.guildmark.app.labor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.guildmark.app.GuildmarkApplication;
import org.guildmark.core.dossier.Enums.RateUnit;
import org.guildmark.core.rates.RateSchedule;
import org.guildmark.core.rates.RateScheduleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The labor module's storage through its services: rate schedules and their versions, what is in force when, and
 * that a refused import stores nothing. Each subclass names one database.
 */
@SpringBootTest(classes = GuildmarkApplication.class)
abstract class LaborStorageContract {

    private static final String HEADER = "role,role_kind,unit,tier,currency,minimum,valid_from,valid_until\n";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "labor storage passphrase");
    }

    @Autowired
    GuildRateSchedules schedules;
    @Autowired
    JdbcClient jdbc;

    private static String uniqueCode() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static byte[] csv(String rows) {
        return (HEADER + rows).getBytes(StandardCharsets.UTF_8);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void versions_are_kept_and_the_one_in_force_is_the_latest_started() {
        String code = uniqueCode();
        schedules.create("officer", code, "Test minimums");
        schedules.importVersion("officer", code, day("2026-01-01"), "first", "v1.csv",
                csv("animator,traditional,hour,standard,USD,50.00,,\nprompter,ai-era,hour,standard,USD,40.00,,\n"
                        + "animator,traditional,hour,low-budget,USD,45.00,,\n"));
        schedules.importVersion("admin", code, day("2026-07-01"), "raise", "v2.csv",
                csv("animator,traditional,hour,standard,USD,55.00,,\nprompter,ai-era,hour,standard,USD,44.00,,\n"));

        assertThat(schedules.versions(code)).extracting(RateScheduleVersion::number, RateScheduleVersion::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "first"),
                        org.assertj.core.groups.Tuple.tuple(2, "raise"));
        assertThat(schedules.versionInForce(code, day("2025-12-31"))).isEmpty();
        assertThat(schedules.versionInForce(code, day("2026-06-30"))).get()
                .extracting(RateScheduleVersion::number).isEqualTo(1);
        assertThat(schedules.versionInForce(code, day("2026-07-01"))).get()
                .extracting(RateScheduleVersion::number).isEqualTo(2);

        RateSchedule june = schedules.inForce(code, "standard", day("2026-06-15")).orElseThrow();
        assertThat(june.id()).isEqualTo("guild:" + code + "/standard@v1");
        assertThat(june.minimumFor("animator", RateUnit.HOUR, day("2026-06-15"))).get()
                .extracting(e -> e.minimum().amount().toPlainString()).isEqualTo("50.00");
        // Version 1's rates end the day before version 2 takes over.
        assertThat(june.minimumFor("animator", RateUnit.HOUR, day("2026-07-01"))).isEmpty();
        assertThat(schedules.inForce(code, "low-budget", day("2026-08-01")).orElseThrow().entries()).isEmpty();
    }

    @Test
    void a_dossier_reference_resolves_to_each_versions_rates_on_its_own_days() {
        String code = uniqueCode();
        schedules.create("officer", code, "Audit minimums");
        schedules.importVersion("officer", code, day("2026-01-01"), null, null,
                csv("animator,traditional,hour,standard,USD,50.00,,\n"));
        schedules.importVersion("officer", code, day("2026-07-01"), null, null,
                csv("animator,traditional,hour,standard,USD,55.00,,\n"));

        RateScheduleReader.Result result = schedules.resolve("guild:" + code, "dossier.yaml:12:15");

        assertThat(result.problems()).isEmpty();
        RateSchedule schedule = result.schedule();
        assertThat(schedule.minimumFor("animator", RateUnit.HOUR, day("2026-03-01"))).get()
                .extracting(e -> e.minimum().amount().toPlainString()).isEqualTo("50.00");
        assertThat(schedule.minimumFor("animator", RateUnit.HOUR, day("2027-03-01"))).get()
                .extracting(e -> e.minimum().amount().toPlainString()).isEqualTo("55.00");
        assertThat(schedule.minimumFor("animator", RateUnit.HOUR, day("2025-03-01"))).isEmpty();

        assertThat(schedules.resolve("guild:" + code + "/no-tier", "d:1:1").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no rates for the budget tier 'no-tier'"));
        assertThat(schedules.resolve("guild:nobody-keeps-this", "d:1:1").problems()).singleElement()
                .satisfies(p -> assertThat(p.location()).isEqualTo("d:1:1"));
        assertThat(schedules.resolve("aimeg-example-2026", "d:1:1").schedule()).isNull();
    }

    @Test
    void a_correction_starting_the_same_day_replaces_the_old_version_which_stays_in_the_history() {
        String code = uniqueCode();
        schedules.create("officer", code, "Corrected");
        schedules.importVersion("officer", code, day("2026-01-01"), null, null,
                csv("animator,traditional,hour,standard,USD,5.00,,\n"));
        schedules.importVersion("officer", code, day("2026-01-01"), "typo fixed", null,
                csv("animator,traditional,hour,standard,USD,50.00,,\n"));

        assertThat(schedules.inForce(code, "standard", day("2026-02-01")).orElseThrow().id()).endsWith("@v2");
        assertThat(schedules.history(code))
                .extracting(h -> h.version().number(), GuildRateSchedules.Standing::everInForce)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, true),
                        org.assertj.core.groups.Tuple.tuple(1, false));
        assertThat(schedules.rates(schedules.version(code, 1))).singleElement()
                .extracting(r -> r.minimum().amount().toPlainString()).isEqualTo("5.00");
    }

    @Test
    void a_refused_import_stores_nothing() {
        String code = uniqueCode();
        GuildRateSchedule schedule = schedules.create("officer", code, "Refused");
        long rowsBefore = jdbc.sql("SELECT COUNT(*) FROM rate_schedule_rate").query(Long.class).single();

        assertThatThrownBy(() -> schedules.importVersion("officer", code, day("2026-01-01"), null, null,
                csv("animator,traditional,hour,standard,USD,50.00,,\neditor,traditional,fortnight,standard,USD,1,,\n")))
                .isInstanceOfSatisfying(LaborRefusal.Invalid.class, invalid ->
                        assertThat(invalid.problems()).singleElement().satisfies(p -> {
                            assertThat(p.line()).isEqualTo(3);
                            assertThat(p.where()).isEqualTo("unit");
                        }));

        assertThat(schedules.versions(code)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rate_schedule_version WHERE schedule_id = :s")
                .param("s", schedule.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rate_schedule_rate").query(Long.class).single())
                .isEqualTo(rowsBefore);
    }

    @Test
    void an_export_imports_again_as_the_same_rates() {
        String code = uniqueCode();
        schedules.create("officer", code, "Round trip");
        schedules.importVersion("officer", code, day("2026-01-01"), null, null,
                csv("\"animator\",traditional,hour,standard,USD,52.5000,,2026-12-31\n"
                        + "prompter,ai-era,flat,standard,JPY,12000,2026-02-01,\n"));
        String exported = schedules.exportCsv(code, 1);

        schedules.importVersion("officer", code, day("2026-01-01"), null, null,
                exported.getBytes(StandardCharsets.UTF_8));

        assertThat(schedules.exportCsv(code, 2)).isEqualTo(exported);
        assertThat(exported).contains("animator,traditional,hour,standard,USD,52.5000,2026-01-01,2026-12-31");
    }

    @Test
    void codes_are_unique_and_forms_say_what_is_wrong() {
        String code = uniqueCode();
        schedules.create("officer", code, "First");

        assertThatThrownBy(() -> schedules.create("officer", code, "Second"))
                .isInstanceOfSatisfying(LaborRefusal.Invalid.class, invalid -> assertThat(invalid.problems())
                        .singleElement().extracting(LineProblem::where).isEqualTo("code"));
        assertThatThrownBy(() -> schedules.create("officer", "Not A Code", ""))
                .isInstanceOfSatisfying(LaborRefusal.Invalid.class, invalid -> assertThat(invalid.problems())
                        .extracting(LineProblem::where).containsExactly("code", "title"));
        assertThatThrownBy(() -> schedules.importVersion("officer", code, null, null, null, null))
                .isInstanceOfSatisfying(LaborRefusal.Invalid.class, invalid -> assertThat(invalid.problems())
                        .extracting(LineProblem::where).containsExactly("effectiveFrom", "file"));
        assertThatThrownBy(() -> schedules.versions("no-such-schedule")).isInstanceOf(LaborRefusal.NotFound.class);
    }
}
