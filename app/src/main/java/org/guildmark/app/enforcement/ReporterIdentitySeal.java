package org.guildmark.app.enforcement;

import java.text.ParseException;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import org.guildmark.app.keys.SealedSecrets;
import org.springframework.stereotype.Component;

/**
 * Encrypts a named reporter's name and contact before they are stored, so a copy of the database (a backup, a
 * dump) does not say who reported: each value is a compact JWE (direct AES-256-GCM) under a secret that is itself
 * stored only sealed under the key passphrase ({@link SealedSecrets}). Access control still decides who may ask for
 * the identity; this keeps it from anyone who reads the tables instead.
 */
@Component
class ReporterIdentitySeal {
    static final String SECRET = "enforcement-reporter-identity";

    private final SealedSecrets secrets;

    ReporterIdentitySeal(SealedSecrets secrets) {
        this.secrets = secrets;
    }

    /** The value as stored; null stays null. */
    String seal(String value) {
        if (value == null) {
            return null;
        }
        OctetSequenceKey key = secrets.secret(SECRET);
        JWEObject jwe = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM)
                .keyID(key.getKeyID()).build(), new Payload(value));
        try {
            jwe.encrypt(new DirectEncrypter(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot encrypt a reporter's identity", e);
        }
        return jwe.serialize();
    }

    /**
     * The value a stored one holds. A value stored in clear, by a version before identities were encrypted, is
     * read as it is.
     */
    String open(String stored) {
        if (stored == null || !looksSealed(stored)) {
            return stored;
        }
        try {
            JWEObject jwe = JWEObject.parse(stored);
            jwe.decrypt(new DirectDecrypter(secrets.secret(SECRET)));
            return jwe.getPayload().toString();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("a stored reporter identity cannot be decrypted with the secret "
                    + SECRET + "; was the database moved without its key passphrase?", e);
        }
    }

    /** A compact JWE: five base64url parts, its header a JSON object ("eyJ" is how "{\"" encodes). */
    private static boolean looksSealed(String stored) {
        return stored.startsWith("eyJ") && stored.chars().filter(c -> c == '.').count() == 4
                && stored.chars().allMatch(c -> c == '.' || c == '-' || c == '_' || Character.isLetterOrDigit(c));
    }
}
