package org.guildmark.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.guildmark.app.registry.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** API tokens as every database must keep them: the secret never, only its hash. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiTokenStorageContract {

    private static final Instant NOW = Instant.parse("2026-02-01T10:15:30.123456Z");

    private TestDatabase database;
    private JdbcClient jdbc;
    private MutableClock clock;
    private ApiTokens tokens;
    private UUID harbor;

    abstract TestDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        jdbc = database.jdbc();
    }

    @AfterAll
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void harborPictures() {
        clock = new MutableClock(NOW);
        tokens = new ApiTokens(jdbc, clock);
        harbor = UUID.randomUUID();
        jdbc.sql("INSERT INTO organization (id, name, created_at) VALUES (:id, 'Harbor Pictures', :at)")
                .param("id", harbor).param("at", NOW.atOffset(ZoneOffset.UTC)).update();
    }

    private IssuedToken issue() {
        return tokens.issue(harbor, "voice pipeline", Set.of(TokenScope.CONSENT_CHECK), NOW.plus(Duration.ofDays(30)),
                "admin");
    }

    @Test
    void a_secret_is_256_random_bits_behind_a_recognisable_prefix() {
        String secret = issue().secret();
        String other = issue().secret();

        assertThat(secret).startsWith("gmk_").hasSize(47).matches("gmk_[A-Za-z0-9_-]{43}");
        assertThat(other).isNotEqualTo(secret);
    }

    @Test
    void the_database_holds_the_secrets_hash_and_never_the_secret() {
        IssuedToken issued = issue();

        List<Map<String, Object>> stored = jdbc.sql("SELECT * FROM api_token WHERE id = :id")
                .param("id", issued.token().id()).query().listOfRows();

        assertThat(stored).hasSize(1);
        for (Object value : stored.get(0).values()) {
            assertThat(String.valueOf(value)).doesNotContain(issued.secret().substring(ApiTokens.SHOWN_LENGTH));
        }
        assertThat(stored.get(0).get("secret_sha256").toString().strip())
                .isEqualTo(ApiTokens.sha256(issued.secret()))
                .hasSize(64);
        assertThat(issued.toString()).doesNotContain(issued.secret());
    }

    @Test
    void a_token_is_found_by_its_whole_secret_only() {
        IssuedToken issued = issue();

        assertThat(tokens.findBySecret(issued.secret())).contains(issued.token());
        assertThat(tokens.findBySecret(issued.secret() + "x")).isEmpty();
        assertThat(tokens.findBySecret(issued.secret().substring(0, 46))).isEmpty();
        assertThat(tokens.findBySecret(issued.token().prefix())).isEmpty();
        assertThat(tokens.findBySecret(null)).isEmpty();
    }

    @Test
    void revoking_keeps_the_token_listed_as_revoked() {
        IssuedToken issued = issue();
        clock.advance(Duration.ofHours(1));

        ApiToken revoked = tokens.revoke(issued.token().id()).orElseThrow();
        clock.advance(Duration.ofHours(1));
        tokens.revoke(issued.token().id());

        assertThat(revoked.revokedAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(tokens.list(harbor)).extracting(ApiToken::revokedAt).containsExactly(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void the_tokens_an_account_made_are_revoked_together_and_others_stay() {
        String creator = "pia-" + UUID.randomUUID();
        IssuedToken first = issueBy(creator);
        IssuedToken second = issueBy(creator);
        IssuedToken someoneElses = issueBy("harbor-" + UUID.randomUUID());
        tokens.revoke(second.token().id());
        assertThat(tokens.presented(first.secret()).orElseThrow().revoked()).isFalse();
        clock.advance(Duration.ofMinutes(1));

        assertThat(tokens.revokeMadeBy(creator)).isEqualTo(1);

        assertThat(tokens.presented(first.secret()).orElseThrow().revokedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(tokens.find(second.token().id()).orElseThrow().revokedAt()).isEqualTo(NOW);
        assertThat(tokens.find(someoneElses.token().id()).orElseThrow().revoked()).isFalse();
        assertThat(tokens.revokeMadeBy(creator)).isZero();
    }

    private IssuedToken issueBy(String creator) {
        return tokens.issue(harbor, "render farm", Set.of(TokenScope.CONSENT_CHECK), NOW.plus(Duration.ofDays(30)),
                creator);
    }

    @Test
    void tokens_page_newest_first() {
        IssuedToken older = issue();
        clock.advance(Duration.ofSeconds(1));
        IssuedToken newer = issue();

        assertThat(tokens.list(harbor, 1, 0)).extracting(ApiToken::id).containsExactly(newer.token().id());
        assertThat(tokens.list(harbor, 1, 1)).extracting(ApiToken::id).containsExactly(older.token().id());
        assertThat(tokens.list(null, 10, 0)).extracting(ApiToken::id)
                .containsSubsequence(newer.token().id(), older.token().id());
    }

    @Test
    void last_use_is_written_at_most_once_a_minute() {
        IssuedToken issued = issue();
        tokens.touch(issued.token());
        ApiToken used = tokens.find(issued.token().id()).orElseThrow();
        clock.advance(Duration.ofSeconds(30));
        tokens.touch(used);
        assertThat(tokens.find(used.id()).orElseThrow().lastUsedAt()).isEqualTo(NOW);

        clock.advance(Duration.ofSeconds(31));
        tokens.touch(tokens.find(used.id()).orElseThrow());
        assertThat(tokens.find(used.id()).orElseThrow().lastUsedAt()).isEqualTo(NOW.plusSeconds(61));
    }

    @Test
    void a_scope_this_version_does_not_know_grants_nothing() {
        IssuedToken issued = issue();
        jdbc.sql("UPDATE api_token SET scopes = 'submissions:write' WHERE id = :id")
                .param("id", issued.token().id()).update();

        assertThat(tokens.findBySecret(issued.secret()).orElseThrow().scopes()).isEmpty();
    }
}
