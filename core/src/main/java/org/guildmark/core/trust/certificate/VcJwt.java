package org.guildmark.core.trust.certificate;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Optional;

import org.guildmark.core.trust.TrustFormatException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A credential secured as a compact JWS {@code vc+jwt}: header {@code {"alg":"EdDSA","typ":"vc+jwt","cty":"vc",
 * "kid":…}}, the credential as payload. Reading checks the header strictly before anything trusts the payload.
 */
public record VcJwt(String compact, JWSObject jws, String kid, JsonNode payload) {
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Reads a compact JWS; a {@link TrustFormatException} says what is wrong with it. */
    public static VcJwt read(String compact) {
        String s = compact.strip();
        String[] parts = s.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw new TrustFormatException("", "not a compact JWS (three base64url parts joined by dots)");
        }
        // The header is read by hand first so that "alg":"none" and a wrong typ get their own precise message.
        JsonNode header = json(parts[0], "header");
        String alg = header.path("alg").asString("");
        if (!alg.equals("EdDSA")) {
            throw new TrustFormatException("header/alg", "'" + alg + "' is not accepted; certificates are signed "
                    + "with EdDSA (Ed25519)");
        }
        String typ = header.path("typ").asString("");
        if (!typ.equals("vc+jwt")) {
            throw new TrustFormatException("header/typ", "'" + typ + "' is not vc+jwt");
        }
        if (!header.path("cty").asString("").equals("vc")) {
            throw new TrustFormatException("header/cty", "must be vc");
        }
        String kid = header.path("kid").asString("");
        if (kid.isEmpty()) {
            throw new TrustFormatException("header/kid", "names no key");
        }
        if (header.has("crit")) {
            throw new TrustFormatException("header/crit", "no critical header extensions are understood");
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(s);
        } catch (ParseException e) {
            throw new TrustFormatException("", "not a JWS: " + e.getMessage());
        }
        return new VcJwt(s, jws, kid, json(parts[1], "payload"));
    }

    /** Checks the signature with the key the header's kid names in {@code keys}; empty when it verifies. */
    public Optional<String> signatureProblem(JWKSet keys) {
        JWK jwk = keys.getKeyByKeyId(kid);
        if (jwk == null) {
            return Optional.of("no key '" + kid + "' in the issuer's key set");
        }
        if (!(jwk instanceof OctetKeyPair okp) || !Curve.Ed25519.equals(okp.getCurve())) {
            return Optional.of("key '" + kid + "' is not an Ed25519 (OKP) key");
        }
        if (jwk.getAlgorithm() != null && !JWSAlgorithm.EdDSA.equals(jwk.getAlgorithm())) {
            return Optional.of("key '" + kid + "' is for " + jwk.getAlgorithm() + ", not EdDSA");
        }
        if (jwk.getKeyUse() != null && !KeyUse.SIGNATURE.equals(jwk.getKeyUse())) {
            return Optional.of("key '" + kid + "' is not a signing key");
        }
        try {
            if (!jws.verify(new EdDsaJws.Verifier(okp.getX().decode()))) {
                return Optional.of("the signature does not verify with key '" + kid
                        + "': the content was altered or signed by another key");
            }
        } catch (JOSEException e) {
            return Optional.of("the signature could not be checked: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static JsonNode json(String part, String which) {
        try {
            JsonNode n = MAPPER.readTree(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
            if (n == null || !n.isObject()) {
                throw new TrustFormatException(which, "is not a JSON object");
            }
            return n;
        } catch (IllegalArgumentException | JacksonException e) {
            if (e instanceof TrustFormatException t) {
                throw t;
            }
            throw new TrustFormatException(which, "is not base64url-encoded JSON");
        }
    }
}
