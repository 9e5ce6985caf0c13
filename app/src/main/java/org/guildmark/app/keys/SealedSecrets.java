package org.guildmark.app.keys;

import java.text.ParseException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import org.guildmark.app.DatabaseTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Named 256-bit secrets for the server's own encryption, made on first use and stored sealed under the key
 * passphrase ({@code GUILDMARK_KEY_PASSPHRASE}), as the guild's signing keys are: the database alone never holds
 * what opens them. Each node unseals a secret once and keeps it in memory.
 */
@Component
public class SealedSecrets {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PassphraseSeal seal;
    private final Map<String, OctetSequenceKey> open = new ConcurrentHashMap<>();

    SealedSecrets(JdbcClient jdbc, Clock clock, PassphraseSeal seal) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.seal = seal;
    }

    /** The secret called {@code name}, an AES-256 key; made and stored the first time any node asks for it. */
    public OctetSequenceKey secret(String name) {
        return open.computeIfAbsent(name, this::load);
    }

    private OctetSequenceKey load(String name) {
        return stored(name).map(sealed -> unseal(name, sealed)).orElseGet(() -> create(name));
    }

    private java.util.Optional<String> stored(String name) {
        return jdbc.sql("SELECT sealed_jwe FROM sealed_secret WHERE name = :name").param("name", name)
                .query(String.class).optional();
    }

    private OctetSequenceKey create(String name) {
        OctetSequenceKey secret;
        try {
            secret = new OctetSequenceKeyGenerator(256).keyID(name).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate the secret " + name, e);
        }
        try {
            jdbc.sql("INSERT INTO sealed_secret (name, sealed_jwe, created_at) VALUES (:name, :jwe, :at)")
                    .param("name", name).param("jwe", seal(secret)).param("at", DatabaseTime.utc(clock.instant()))
                    .update();
            return secret;
        } catch (DuplicateKeyException madeElsewhere) {
            // Another node made it at the same moment: use that one, which is the one stored.
            return unseal(name, stored(name).orElseThrow());
        }
    }

    private String seal(OctetSequenceKey secret) {
        return seal.seal(secret, "the secret " + secret.getKeyID());
    }

    private OctetSequenceKey unseal(String name, String sealed) {
        String what = "the stored secret " + name;
        try {
            return OctetSequenceKey.parse(seal.unseal(sealed, what));
        } catch (ParseException e) {
            throw new IllegalStateException(what + " is not a JWK", e);
        }
    }
}
