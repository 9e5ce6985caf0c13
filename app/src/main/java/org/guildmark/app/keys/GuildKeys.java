package org.guildmark.app.keys;

import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import org.guildmark.core.trust.key.Ed25519Key;
import org.guildmark.core.trust.key.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;

/**
 * Signs with the guild's active Ed25519 key and publishes every key's public part. The key is generated on the
 * first start and stored encrypted (JWE, PBES2-HS512+A256KW, A256GCM) under the key passphrase; the decrypted key
 * is kept in memory only.
 */
@Service
public class GuildKeys implements ApplicationRunner {

    /** PBKDF2-HMAC-SHA512 iterations for wrapping a private key, as OWASP recommends for that hash. */
    private static final Logger log = LoggerFactory.getLogger(GuildKeys.class);

    private final StoredKeys stored;
    private final Clock clock;
    private final PassphraseSeal seal;

    /** How long a node signs with the key it loaded before it looks whether another node rotated it. */
    static final java.time.Duration RECHECK = java.time.Duration.ofSeconds(30);

    private volatile OctetKeyPair signing;
    private volatile java.time.Instant checkedAt;

    GuildKeys(StoredKeys stored, Clock clock, PassphraseSeal seal) {
        this.stored = stored;
        this.clock = clock;
        this.seal = seal;
    }

    /** Keys kept in the database behind {@code jdbc}, outside a Spring context (tests, tools). */
    public static GuildKeys on(org.springframework.jdbc.core.simple.JdbcClient jdbc, Clock clock, String passphrase,
            Path dataDir) {
        return new GuildKeys(new StoredKeys(jdbc), clock, new PassphraseSeal(passphrase, dataDir));
    }

    /** Makes sure there is a signing key at start, so the JWKS is complete before anything is signed. */
    @Override
    public void run(ApplicationArguments arguments) {
        signingKey();
    }

    /**
     * Signs {@code json} as a compact JWS with the active key: header {@code alg} EdDSA, {@code kid}, and the
     * given {@code typ}.
     */
    public String sign(JOSEObjectType type, String json) {
        OctetKeyPair key = signingKey();
        JWSObject jws = new JWSObject(
                new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(key.getKeyID()).type(type).build(),
                new Payload(json));
        try {
            jws.sign(new Ed25519Signer(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("signing with guild key " + key.getKeyID() + " failed", e);
        }
        return jws.serialize();
    }

    /** The id of the key that signs now. */
    public String activeKid() {
        return signingKey().getKeyID();
    }

    /**
     * The active key as core's {@link SigningKey}, for what core signs: certificates and status lists
     * ({@code CredentialIssuer}) and the log's checkpoints ({@code NoteSigner}). Never log or store it.
     */
    public SigningKey activeSigningKey() {
        OctetKeyPair key = signingKey();
        SigningKey core = SigningKey.of(Ed25519Key.fromSeed(key.getDecodedD()));
        if (!core.kid().equals(key.getKeyID())) {
            throw new IllegalStateException("guild key " + key.getKeyID() + " does not match its thumbprint");
        }
        return core;
    }

    /**
     * Generates a new active key and retires the one that signed until now; both stay published, so what the old
     * key signed still verifies. Returns the new key's id.
     */
    public synchronized String rotate() {
        OctetKeyPair generated = generate();
        stored.rotateTo(new GuildKey(generated.getKeyID(), KeyStatus.ACTIVE, clock.instant(), null,
                generated.toPublicJWK()), encrypt(generated), clock.instant());
        signing = null;
        log.info("Rotated the guild signing key: {} signs from now on", generated.getKeyID());
        return signingKey().getKeyID();
    }

    /** The public parts of every key, active and retired, oldest first. */
    public List<GuildKey> keys() {
        signingKey();
        return stored.all().stream().map(StoredKeys.Stored::key).toList();
    }

    /** The JWKS to publish: every key's public part, so what a retired key signed still verifies. */
    public JWKSet publicKeys() {
        return new JWKSet(keys().stream().map(key -> (com.nimbusds.jose.jwk.JWK) key.publicKey()).toList());
    }

    private OctetKeyPair signingKey() {
        OctetKeyPair key = signing;
        java.time.Instant checked = checkedAt;
        if (key != null && checked != null && clock.instant().isBefore(checked.plus(RECHECK))) {
            return key;
        }
        synchronized (this) {
            key = signing;
            if (key == null) {
                key = loadOrGenerate();
            } else if (!clock.instant().isBefore(checkedAt.plus(RECHECK))) {
                // Another node may have rotated: one cheap read, and a decryption only when the key changed.
                StoredKeys.Stored current = stored.signing().orElse(null);
                if (current != null && !current.key().kid().equals(key.getKeyID())) {
                    key = decrypt(current);
                    log.info("Signing with the guild key {}, rotated in by another node", key.getKeyID());
                }
            }
            signing = key;
            checkedAt = clock.instant();
            return key;
        }
    }

    private OctetKeyPair loadOrGenerate() {
        StoredKeys.Stored current = stored.signing().orElse(null);
        if (current == null) {
            OctetKeyPair generated = generate();
            stored.insert(new GuildKey(generated.getKeyID(), KeyStatus.ACTIVE, clock.instant(), null,
                    generated.toPublicJWK()), encrypt(generated));
            log.info("Generated the guild signing key {} (Ed25519)", generated.getKeyID());
            // Read back: if another node generated one at the same moment, the oldest is the one both sign with.
            current = stored.signing().orElseThrow();
        }
        return decrypt(current);
    }

    private static OctetKeyPair generate() {
        try {
            return new OctetKeyPairGenerator(Curve.Ed25519)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.EdDSA)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an Ed25519 key", e);
        }
    }

    private String encrypt(OctetKeyPair key) {
        return seal.seal(key, "the guild key");
    }

    private OctetKeyPair decrypt(StoredKeys.Stored key) {
        String what = "the stored guild key " + key.key().kid();
        OctetKeyPair pair;
        try {
            pair = OctetKeyPair.parse(seal.unseal(key.privateJwe(), what));
        } catch (ParseException e) {
            throw new IllegalStateException(what + " is not a JWK", e);
        }
        if (!pair.toPublicJWK().equals(key.key().publicKey())) {
            throw new IllegalStateException("the stored private guild key " + key.key().kid()
                    + " does not match its public key");
        }
        return pair;
    }
}
