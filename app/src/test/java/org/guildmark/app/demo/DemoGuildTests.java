package org.guildmark.app.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.registry.RepresentedPeople;
import org.guildmark.app.security.Account;
import org.guildmark.app.security.Accounts;
import org.guildmark.app.security.Role;
import org.guildmark.core.dossier.Enums.RepresentativeRelation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code guildmark serve --demo} seeds the demo guild once; without {@code --demo} nothing is seeded. */
@ExtendWith(OutputCaptureExtension.class)
class DemoGuildTests {

    private static final List<String> TABLES = List.of("organization", "production", "person", "representative",
            "consent_grant", "consent_event", "consent_approval", "account", "representative_account", "grant_use",
            "deletion_obligation", "consent_receipt", "demo_seed", "submission", "certificate", "review_decision",
            "rate_schedule", "rate_schedule_version", "rate_schedule_rate", "revenue_agreement", "revenue_report",
            "revenue_statement_line", "displacement", "displacement_support", "support_delivery",
            "union_local_reader", "training_payment");

    @TempDir
    Path dataDir;

    @Test
    void a_demo_start_seeds_the_guild_and_a_second_start_adds_nothing(CapturedOutput output) throws IOException {
        Map<String, Long> first;
        try (ConfigurableApplicationContext server = start(true)) {
            first = counts(server);
            JdbcClient jdbc = server.getBean(JdbcClient.class);
            assertThat(first).containsEntry("organization", 3L).containsEntry("production", 7L)
                    .containsEntry("person", 5L).containsEntry("consent_grant", 7L).containsEntry("demo_seed", 1L)
                    .containsEntry("grant_use", 3L).containsEntry("deletion_obligation", 2L)
                    .containsEntry("representative_account", 2L).containsEntry("submission", 3L)
                    .containsEntry("rate_schedule", 1L).containsEntry("rate_schedule_version", 2L)
                    .containsEntry("rate_schedule_rate", 40L).containsEntry("revenue_agreement", 1L)
                    .containsEntry("revenue_report", 2L).containsEntry("revenue_statement_line", 12L)
                    .containsEntry("displacement", 7L).containsEntry("displacement_support", 8L)
                    .containsEntry("support_delivery", 5L).containsEntry("union_local_reader", 1L)
                    .containsEntry("training_payment", 1L);
            assertThat(jdbc.sql("SELECT status FROM consent_grant ORDER BY status").query(String.class).list())
                    .containsExactly("expired", "given", "given", "given", "requested", "withdrawn", "withdrawn");
            // Certified, then suspended by Mara's withdrawal; certified; rejected.
            assertThat(jdbc.sql("""
                            SELECT p.code || ' ' || c.state FROM certificate c JOIN production p ON p.id = c.production_id
                            ORDER BY p.code""").query(String.class).list())
                    .containsExactly("lighthouse-2026 active", "lighthouse-teaser suspended");
            assertThat(jdbc.sql("SELECT decision FROM review_decision ORDER BY decision").query(String.class).list())
                    .containsExactly("certify", "certify", "certify", "certify", "reject");
            // Every status change has its signed receipt.
            assertThat(first.get("consent_receipt")).isEqualTo(
                    jdbc.sql("SELECT COUNT(*) FROM consent_event").query(Long.class).single());
            assertThat(jdbc.sql("SELECT category FROM person ORDER BY category").query(String.class).list())
                    .containsExactly("adult", "adult", "adult", "deceased", "minor");
            // The minor's grant waits: the second reviewer approved, the guardian not yet.
            assertThat(jdbc.sql("""
                            SELECT a.relation FROM consent_approval a JOIN consent_grant g ON g.id = a.grant_id
                            WHERE g.status = 'requested'""").query(String.class).list())
                    .containsExactly("heightened-review");

            Accounts accounts = server.getBean(Accounts.class);
            PasswordEncoder encoder = server.getBean(PasswordEncoder.class);
            for (DemoGuild.DemoAccount expected : DemoGuild.ACCOUNTS) {
                Account account = accounts.find(expected.username()).orElseThrow();
                assertThat(account.role()).as(expected.username()).isEqualTo(expected.role());
                assertThat(encoder.matches(DemoGuild.PASSWORD, account.passwordHash())).isTrue();
            }
            assertThat(DemoGuild.ACCOUNTS).extracting(DemoGuild.DemoAccount::role)
                    .containsAll(List.of(Role.OFFICER, Role.COMMITTEE, Role.PRODUCTION, Role.PERFORMER,
                            Role.REPRESENTATIVE, Role.RESEARCHER));
            assertThat(accounts.find("mara").orElseThrow().person()).isNotNull();
            assertThat(accounts.find("harbor").orElseThrow().organization()).isNotNull();
            RepresentedPeople represented = server.getBean(RepresentedPeople.class);
            assertThat(represented.of(accounts.find("karin").orElseThrow().id())).singleElement()
                    .satisfies(as -> assertThat(as.relation()).isEqualTo(RepresentativeRelation.GUARDIAN));
            assertThat(represented.of(accounts.find("estate").orElseThrow().id())).singleElement()
                    .satisfies(as -> assertThat(as.relation()).isEqualTo(RepresentativeRelation.ESTATE));
        }
        assertThat(output.getOut()).contains("Guildmark demo").contains(DemoGuild.PASSWORD);

        try (ConfigurableApplicationContext again = start(true)) {
            assertThat(counts(again)).isEqualTo(first);
        }

        assertThat(output.getAll()).contains("Demo data seeded").contains("Demo data already present");
        // The second start configures logging afresh (the first one's close released it), so its log file is the
        // one under this data directory whatever other test servers run in this JVM.
        String log = Files.readString(dataDir.resolve("logs/guildmark.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("Demo data already present").doesNotContain(DemoGuild.PASSWORD);
        // Structured: one JSON object a line.
        assertThat(log.lines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}")
                .contains("\"@timestamp\""));
    }

    @Test
    void without_demo_nothing_is_seeded_and_no_demo_password_is_printed(CapturedOutput output) {
        try (ConfigurableApplicationContext server = start(false)) {
            assertThat(server.getBeansOfType(DemoGuild.class)).isEmpty();
            assertThat(counts(server)).containsEntry("organization", 0L).containsEntry("person", 0L)
                    .containsEntry("demo_seed", 0L).containsEntry("account", 1L);
        }
        assertThat(output.getAll()).doesNotContain(DemoGuild.PASSWORD).doesNotContain("Guildmark demo");
    }

    private ConfigurableApplicationContext start(boolean demo) {
        return new SpringApplicationBuilder(GuildmarkApplication.class)
                .web(WebApplicationType.NONE)
                .run("--guildmark.data-dir=" + dataDir, "--guildmark.demo=" + demo,
                        "--guildmark.admin-password=demo test admin passphrase");
    }

    private static Map<String, Long> counts(ConfigurableApplicationContext server) {
        JdbcClient jdbc = server.getBean(JdbcClient.class);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }
}
