package org.guildmark.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.guildmark.app.GuildmarkApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildmark.app.cli.Run.guildmark;

/**
 * {@code guildmark verify --fetch} against the real server on the demo guild: the certified feature verifies with
 * every check passing, the suspended teaser fails exactly its suspension check.
 */
@SpringBootTest(classes = GuildmarkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VerifyAgainstTheServerTests {

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void demoGuild(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "verify against the server passphrase");
        properties.add("guildmark.demo", () -> "true");
    }

    private String certificateOf(String code) {
        return jdbc.sql("SELECT c.id FROM certificate c JOIN production p ON p.id = c.production_id "
                + "WHERE p.code = :code").param("code", code).query(String.class).single()
                .substring("urn:uuid:".length());
    }

    /** The sequencer runs every half second; wait until a signed checkpoint covers the demo's entries. */
    private void logged() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            long queued = jdbc.sql("SELECT COUNT(*) FROM log_queue").query(Long.class).single();
            long signed = jdbc.sql("SELECT COALESCE(MAX(size), 0) FROM log_checkpoint").query(Long.class).single();
            long size = jdbc.sql("SELECT COUNT(*) FROM log_leaf").query(Long.class).single();
            if (queued == 0 && size > 0 && signed == size) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the demo's entries were not logged within 20 seconds");
    }

    @Test
    void the_certified_feature_passes_every_check_fetched_from_the_server() throws InterruptedException {
        logged();

        Run run = guildmark("verify", "--fetch", "http://localhost:" + port + "/certificates/"
                + certificateOf("lighthouse-2026") + ".jwt");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("PASS  log inclusion: issuance logged as entry")
                .contains("Verdict: VALID (every check passed)");
    }

    @Test
    void the_suspended_teaser_fails_its_suspension_check_and_nothing_else() throws InterruptedException {
        logged();

        Run run = guildmark("verify", "--fetch", "http://localhost:" + port + "/certificates/"
                + certificateOf("lighthouse-teaser") + ".jwt");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL  suspension status: suspended").contains("PASS  revocation status")
                .contains("PASS  log inclusion").contains("Verdict: INVALID (failed: suspension status)");
    }
}
