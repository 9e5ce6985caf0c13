package org.guildmark.app.keys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import org.guildmark.app.registry.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The guild's keys as every database keeps them. Each subclass names one database. */
abstract class GuildKeysContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private TestDatabase database;
    private JdbcClient jdbc;

    abstract TestDatabase openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
        jdbc = database.jdbc();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void the_first_start_generates_one_ed25519_key_and_later_starts_sign_with_the_same() throws Exception {
        GuildKeys first = GuildKeys.on(jdbc, CLOCK, "the guild passphrase", dataDir);
        String jws = first.sign(JOSEObjectType.JOSE, "{\"hello\":\"guild\"}");

        GuildKeys restarted = GuildKeys.on(jdbc, CLOCK, "the guild passphrase", dataDir);

        assertThat(restarted.activeKid()).isEqualTo(first.activeKid());
        JWSObject parsed = JWSObject.parse(jws);
        assertThat(parsed.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.EdDSA);
        OctetKeyPair key = (OctetKeyPair) restarted.publicKeys().getKeyByKeyId(parsed.getHeader().getKeyID());
        assertThat(key.getCurve()).isEqualTo(Curve.Ed25519);
        assertThat(parsed.verify(new Ed25519Verifier(key))).isTrue();
        assertThat(restarted.keys()).singleElement()
                .satisfies(k -> assertThat(k.status()).isEqualTo(KeyStatus.ACTIVE));
    }

    @Test
    void the_published_keys_hold_no_private_part_and_the_database_holds_it_only_encrypted() throws Exception {
        GuildKeys keys = GuildKeys.on(jdbc, CLOCK, "the guild passphrase", dataDir);
        JWKSet published = JWKSet.parse(keys.publicKeys().toString(true));

        assertThat(published.getKeys()).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
        String stored = jdbc.sql("SELECT private_jwe FROM guild_key").query(String.class).single();
        assertThat(stored.split("\\.")).hasSize(5);
        assertThat(stored).doesNotContain("\"d\"");
        com.nimbusds.jose.JWEObject jwe = com.nimbusds.jose.JWEObject.parse(stored);
        assertThat(jwe.getHeader().getAlgorithm()).isEqualTo(com.nimbusds.jose.JWEAlgorithm.PBES2_HS512_A256KW);
        assertThat(jwe.getHeader().getEncryptionMethod()).isEqualTo(com.nimbusds.jose.EncryptionMethod.A256GCM);
    }

    @Test
    void a_wrong_passphrase_refuses_to_start_and_says_which_variable_to_set() {
        GuildKeys.on(jdbc, CLOCK, "the guild passphrase", dataDir).activeKid();

        assertThatThrownBy(() -> GuildKeys.on(jdbc, CLOCK, "not the passphrase", dataDir).activeKid())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GUILDMARK_KEY_PASSPHRASE");
    }

    @Test
    void without_a_configured_passphrase_one_is_generated_once_into_an_owner_only_file() throws Exception {
        GuildKeys keys = GuildKeys.on(jdbc, CLOCK, "", dataDir);
        String kid = keys.activeKid();
        Path file = dataDir.resolve(KeyPassphrase.FILE);
        String passphrase = Files.readString(file).strip();

        assertThat(passphrase).hasSizeGreaterThanOrEqualTo(40);
        if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(GuildKeys.on(jdbc, CLOCK, null, dataDir).activeKid()).isEqualTo(kid);
        assertThat(Files.readString(file).strip()).isEqualTo(passphrase);
        assertThat(GuildKeys.on(jdbc, CLOCK, passphrase, dataDir).activeKid()).isEqualTo(kid);
    }

    @Test
    void a_retired_key_stays_published_so_what_it_signed_still_verifies() throws Exception {
        GuildKeys keys = GuildKeys.on(jdbc, CLOCK, "the guild passphrase", dataDir);
        String old = keys.activeKid();
        String signedBefore = keys.sign(JOSEObjectType.JOSE, "{}");
        // What a rotation does: retire the old key; the next start generates a new one.
        jdbc.sql("UPDATE guild_key SET status = 'retired', retired_at = CURRENT_TIMESTAMP WHERE kid = :kid")
                .param("kid", old).update();

        GuildKeys rotated = GuildKeys.on(jdbc, CLOCK, "the guild passphrase", dataDir);

        assertThat(rotated.activeKid()).isNotEqualTo(old);
        assertThat(rotated.publicKeys().getKeys()).extracting(JWK::getKeyID).contains(old, rotated.activeKid());
        JWSObject parsed = JWSObject.parse(signedBefore);
        assertThat(parsed.verify(new Ed25519Verifier((OctetKeyPair) rotated.publicKeys().getKeyByKeyId(old))))
                .isTrue();
    }

    @Test
    void rotation_makes_a_new_key_sign_and_keeps_the_old_one_published() throws Exception {
        GuildKeys keys = GuildKeys.on(jdbc, CLOCK, "the guild passphrase", dataDir);
        String old = keys.activeKid();
        String signedBefore = keys.sign(JOSEObjectType.JOSE, "{}");

        String rotated = keys.rotate();
        String signedAfter = keys.sign(JOSEObjectType.JOSE, "{}");

        assertThat(rotated).isNotEqualTo(old);
        assertThat(JWSObject.parse(signedAfter).getHeader().getKeyID()).isEqualTo(rotated);
        GuildKeys restarted = GuildKeys.on(jdbc, CLOCK, "the guild passphrase", dataDir);
        assertThat(restarted.activeKid()).isEqualTo(rotated);
        assertThat(restarted.keys()).extracting(GuildKey::kid, GuildKey::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(old, KeyStatus.RETIRED),
                        org.assertj.core.groups.Tuple.tuple(rotated, KeyStatus.ACTIVE));
        JWSObject before = JWSObject.parse(signedBefore);
        assertThat(before.verify(new Ed25519Verifier((OctetKeyPair) restarted.publicKeys().getKeyByKeyId(old))))
                .isTrue();
    }

    @Test
    void the_core_signing_key_is_the_active_key_under_the_same_kid() {
        GuildKeys keys = GuildKeys.on(jdbc, CLOCK, "the guild passphrase", dataDir);

        org.guildmark.core.trust.key.SigningKey core = keys.activeSigningKey();

        assertThat(core.kid()).isEqualTo(keys.activeKid());
        assertThat(core.publicJwk()).isEqualTo(keys.publicKeys().getKeyByKeyId(core.kid()));
    }

    @Test
    void another_node_signs_with_the_rotated_key_within_the_recheck_interval() {
        java.util.concurrent.atomic.AtomicReference<Instant> now =
                new java.util.concurrent.atomic.AtomicReference<>(Instant.parse("2026-03-01T09:00:00Z"));
        Clock moving = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        GuildKeys first = GuildKeys.on(jdbc, moving, "the guild passphrase", dataDir);
        GuildKeys second = GuildKeys.on(jdbc, moving, "the guild passphrase", dataDir);
        String old = first.activeKid();
        assertThat(second.activeKid()).isEqualTo(old);

        String rotated = first.rotate();

        assertThat(second.activeKid()).as("within the interval the other node keeps its key").isEqualTo(old);
        now.set(now.get().plus(GuildKeys.RECHECK));
        assertThat(second.activeKid()).isEqualTo(rotated);
    }
}
