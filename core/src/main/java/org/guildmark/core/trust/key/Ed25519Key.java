package org.guildmark.core.trust.key;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

import com.google.crypto.tink.subtle.Ed25519Verify;

/**
 * An Ed25519 key pair as its raw RFC 8032 bytes (32-byte seed, 32-byte public key), signing with the JDK's own
 * implementation. Raw bytes are what signed notes, JWKs and encrypted storage all carry.
 */
public final class Ed25519Key {
    private static final int LENGTH = 32;
    /** DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410); the raw key follows. */
    private static final byte[] X509_PREFIX = new BigInteger("302a300506032b6570032100", 16).toByteArray();

    private final byte[] seed;
    private final byte[] publicKey;
    private final PrivateKey privateKey;

    private Ed25519Key(byte[] seed, byte[] publicKey, PrivateKey privateKey) {
        this.seed = seed;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    public static Ed25519Key generate() {
        byte[] seed = new byte[LENGTH];
        new SecureRandom().nextBytes(seed);
        return fromSeed(seed);
    }

    /** The key pair of a 32-byte seed (the RFC 8032 private key); the public key is derived from it. */
    public static Ed25519Key fromSeed(byte[] seed) {
        if (seed.length != LENGTH) {
            throw new IllegalArgumentException("an Ed25519 private key is 32 bytes, got " + seed.length);
        }
        try {
            // The JDK derives the public key only while generating, from 32 random bytes: hand it the seed as those.
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed));
            KeyPair pair = generator.generateKeyPair();
            byte[] derivedSeed = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
            if (!Arrays.equals(derivedSeed, seed)) {
                throw new IllegalStateException("the JDK did not derive the key pair from the given seed");
            }
            byte[] encoded = pair.getPublic().getEncoded();
            byte[] pub = Arrays.copyOfRange(encoded, encoded.length - LENGTH, encoded.length);
            PrivateKey priv = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
            return new Ed25519Key(seed.clone(), pub, priv);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has Ed25519 since Java 15", e);
        }
    }

    public byte[] seed() {
        return seed.clone();
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    public byte[] sign(byte[] message) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /**
     * Whether {@code signature} is a valid Ed25519 signature of {@code message} under the raw {@code publicKey}.
     * Verified by Tink's RFC 8032 implementation, which is several times faster than the JDK's and as strict
     * (canonical S, points on the curve).
     */
    public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey.length != LENGTH || signature.length != 2 * LENGTH) {
            return false;
        }
        try {
            new Ed25519Verify(publicKey).verify(signature, message);
            return true;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // A public key that is not a curve point (or a garbled signature) verifies nothing.
            return false;
        }
    }

    static PublicKey publicKeyOf(byte[] raw) throws GeneralSecurityException {
        byte[] der = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + LENGTH);
        System.arraycopy(raw, 0, der, X509_PREFIX.length, LENGTH);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    }

    /** A random source that yields the given bytes once, so key generation reproduces a stored seed. */
    private static final class FixedBytes extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] bytes;
        private boolean used;

        FixedBytes(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] out) {
            if (used || out.length != bytes.length) {
                throw new IllegalStateException("key generation asked for other random bytes than the seed");
            }
            used = true;
            System.arraycopy(bytes, 0, out, 0, out.length);
        }
    }
}
