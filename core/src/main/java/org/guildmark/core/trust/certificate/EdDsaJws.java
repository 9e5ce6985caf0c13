package org.guildmark.core.trust.certificate;

import java.util.Set;

import org.guildmark.core.trust.key.Ed25519Key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.impl.BaseJWSProvider;
import com.nimbusds.jose.util.Base64URL;

/**
 * JWS signing and verification with EdDSA over Ed25519 through the JDK's own implementation, so JWS signatures and
 * signed notes share one Ed25519 code path.
 */
final class EdDsaJws {
    private static final Set<JWSAlgorithm> EDDSA = Set.of(JWSAlgorithm.EdDSA);

    private EdDsaJws() {
    }

    static final class Signer extends BaseJWSProvider implements JWSSigner {
        private final Ed25519Key key;

        Signer(Ed25519Key key) {
            super(EDDSA);
            this.key = key;
        }

        @Override
        public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
            if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm())) {
                throw new JOSEException("only EdDSA is supported");
            }
            return Base64URL.encode(key.sign(signingInput));
        }
    }

    static final class Verifier extends BaseJWSProvider implements JWSVerifier {
        private final byte[] publicKey;

        Verifier(byte[] publicKey) {
            super(EDDSA);
            this.publicKey = publicKey.clone();
        }

        @Override
        public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) {
            return JWSAlgorithm.EdDSA.equals(header.getAlgorithm())
                    && Ed25519Key.verify(publicKey, signingInput, signature.decode());
        }
    }
}
