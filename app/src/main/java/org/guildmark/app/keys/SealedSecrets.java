package org.guildmark.app.keys;

import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.PasswordBasedDecrypter;
import com.nimbusds.jose.crypto.PasswordBasedEncrypter;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import org.guildmark.app.DatabaseTime;
import org.springframework.beans.factory.annotation.Value;
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
    private final String configuredPassphrase;
    private final Path dataDir;
    private final Map<String, OctetSequenceKey> open = new ConcurrentHashMap<>();
    private volatile String passphrase;

    SealedSecrets(JdbcClient jdbc, Clock clock, @Value("${guildmark.key-passphrase:}") String configuredPassphrase,
            @Value("${guildmark.data-dir:./guildmark-data}") Path dataDir) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.configuredPassphrase = configuredPassphrase;
        this.dataDir = dataDir;
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
        JWEObject jwe = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.PBES2_HS512_A256KW, EncryptionMethod.A256GCM)
                .contentType("jwk+json").keyID(secret.getKeyID()).build(), new Payload(secret.toJSONString()));
        try {
            jwe.encrypt(new PasswordBasedEncrypter(passphrase(), 16, GuildKeys.PBES2_ITERATIONS));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot seal the secret " + secret.getKeyID(), e);
        }
        return jwe.serialize();
    }

    private OctetSequenceKey unseal(String name, String sealed) {
        try {
            JWEObject jwe = JWEObject.parse(sealed);
            jwe.decrypt(new PasswordBasedDecrypter(passphrase()));
            return OctetSequenceKey.parse(jwe.getPayload().toString());
        } catch (JOSEException e) {
            throw new IllegalStateException("the key passphrase does not open the stored secret " + name
                    + ": set GUILDMARK_KEY_PASSPHRASE to the passphrase it was stored under", e);
        } catch (ParseException e) {
            throw new IllegalStateException("the stored secret " + name + " is not a sealed JWK", e);
        }
    }

    private String passphrase() {
        if (passphrase == null) {
            passphrase = KeyPassphrase.resolve(configuredPassphrase, dataDir);
        }
        return passphrase;
    }
}
