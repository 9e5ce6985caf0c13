package org.guildmark.core.trust.certificate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.guildmark.core.read.FileDigest;
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
        return FileDigest.sha256(compactJws.strip().getBytes(StandardCharsets.US_ASCII));
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
