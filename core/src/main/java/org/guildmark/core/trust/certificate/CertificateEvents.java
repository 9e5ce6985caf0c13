package org.guildmark.core.trust.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.guildmark.core.trust.log.LogEntry.CertificateEvent;
import org.guildmark.core.trust.log.LogEntry.CertificateEvent.Kind;

/**
 * The log entries of a certificate. The certificate's hash is SHA-256 of its compact JWS exactly as issued (ASCII),
 * and its issuance entry is dated by its {@code validFrom}, so a verifier holding only the certificate rebuilds the
 * entry, and its leaf hash, byte for byte.
 */
public final class CertificateEvents {
    private CertificateEvents() {
    }

    public static String sha256(String compactJws) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(compactJws.strip().getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The entry that logs the issuance of {@code certificate}, serialized as {@code compactJws}. */
    public static CertificateEvent issued(String compactJws, ProductionCertificate certificate) {
        return new CertificateEvent(Kind.ISSUED, certificate.id(), sha256(compactJws), certificate.validFrom());
    }

    /** A later event (suspended, reinstated, revoked) of the certificate, at the time it happened. */
    public static CertificateEvent event(Kind kind, String compactJws, ProductionCertificate certificate, Instant at) {
        return new CertificateEvent(kind, certificate.id(), sha256(compactJws), at);
    }
}
