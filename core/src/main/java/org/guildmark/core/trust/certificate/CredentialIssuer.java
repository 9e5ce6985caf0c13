package org.guildmark.core.trust.certificate;

import java.nio.charset.StandardCharsets;

import org.guildmark.core.trust.key.SigningKey;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;

import tools.jackson.databind.node.ObjectNode;

/** Signs certificates and status lists as {@code vc+jwt} with the issuer's current key. */
public final class CredentialIssuer {
    private final SigningKey key;

    public CredentialIssuer(SigningKey key) {
        this.key = key;
    }

    public String issue(ProductionCertificate certificate) {
        return sign(certificate.toPayload());
    }

    public String issue(StatusListCredential statusList) {
        return sign(statusList.toPayload());
    }

    private String sign(ObjectNode payload) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).type(new JOSEObjectType("vc+jwt"))
                .contentType("vc").keyID(key.kid()).build();
        JWSObject jws = new JWSObject(header,
                new Payload(VcJwt.MAPPER.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8)));
        try {
            jws.sign(new EdDsaJws.Signer(key.key()));
        } catch (JOSEException e) {
            throw new IllegalStateException("EdDSA signing failed", e);
        }
        return jws.serialize();
    }
}
