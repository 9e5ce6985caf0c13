package org.guildmark.app.keys;

import java.nio.file.Path;
import java.text.ParseException;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.PasswordBasedDecrypter;
import com.nimbusds.jose.crypto.PasswordBasedEncrypter;
import com.nimbusds.jose.jwk.JWK;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals a key under the key passphrase (JWE, PBES2-HS512+A256KW, A256GCM) so the database alone never holds what
 * opens it: the guild's signing keys and the server's own secrets are stored this way. The passphrase is resolved
 * once ({@code GUILDMARK_KEY_PASSPHRASE}, or the file {@link KeyPassphrase} keeps in the data directory).
 */
@Component
final class PassphraseSeal {
    static final int PBES2_ITERATIONS = 210_000;

    private final String configuredPassphrase;
    private final Path dataDir;
    private volatile String passphrase;

    PassphraseSeal(@Value("${guildmark.key-passphrase:}") String configuredPassphrase,
            @Value("${guildmark.data-dir:./guildmark-data}") Path dataDir) {
        this.configuredPassphrase = configuredPassphrase;
        this.dataDir = dataDir;
    }

    /** The key as a compact JWE; {@code what} names it in an error ("the guild key"). */
    String seal(JWK key, String what) {
        JWEObject jwe = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.PBES2_HS512_A256KW, EncryptionMethod.A256GCM)
                .contentType("jwk+json").keyID(key.getKeyID()).build(), new Payload(key.toJSONString()));
        try {
            jwe.encrypt(new PasswordBasedEncrypter(passphrase(), 16, PBES2_ITERATIONS));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot encrypt " + what, e);
        }
        return jwe.serialize();
    }

    /** The JSON a sealed key holds; {@code what} names it in an error ("the stored guild key KID"). */
    String unseal(String sealed, String what) {
        try {
            JWEObject jwe = JWEObject.parse(sealed);
            jwe.decrypt(new PasswordBasedDecrypter(passphrase()));
            return jwe.getPayload().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("the key passphrase does not decrypt " + what
                    + ": set GUILDMARK_KEY_PASSPHRASE to the passphrase it was stored under", e);
        } catch (ParseException e) {
            throw new IllegalStateException(what + " is not a JWE", e);
        }
    }

    private String passphrase() {
        if (passphrase == null) {
            passphrase = KeyPassphrase.resolve(configuredPassphrase, dataDir);
        }
        return passphrase;
    }
}
