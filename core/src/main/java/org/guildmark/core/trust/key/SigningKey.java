package org.guildmark.core.trust.key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;

/**
 * An issuer's Ed25519 key with its key ID: the RFC 7638 thumbprint of its public JWK, so the ID follows from the
 * key and a rotated key never reuses an old ID.
 */
public record SigningKey(String kid, Ed25519Key key) {

    public static SigningKey of(Ed25519Key key) {
        try {
            return new SigningKey(jwk(key.publicKey(), null).computeThumbprint().toString(), key);
        } catch (JOSEException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** The public JWK published in the JWKS: OKP, Ed25519, {@code use: sig}, {@code alg: EdDSA}, this kid. */
    public OctetKeyPair publicJwk() {
        return jwk(key.publicKey(), kid);
    }

    private static OctetKeyPair jwk(byte[] publicKey, String kid) {
        OctetKeyPair.Builder b = new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(publicKey));
        if (kid != null) {
            b.keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.EdDSA);
        }
        return b.build();
    }
}
