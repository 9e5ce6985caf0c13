package org.guildmark.core.trust.certificate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.guildmark.core.trust.key.Ed25519Key;
import org.guildmark.core.trust.key.SigningKey;
import org.guildmark.core.trust.log.Checkpoint;
import org.guildmark.core.trust.log.InclusionProof;
import org.guildmark.core.trust.log.MemoryTree;
import org.guildmark.core.trust.log.MerkleTree;
import org.guildmark.core.trust.note.NoteSigner;
import org.guildmark.core.trust.status.StatusBitstring;
import org.guildmark.core.trust.status.StatusPurpose;

import com.nimbusds.jose.jwk.JWKSet;

/** An issuer with one certificate, its two status lists, a log holding its issuance and the proof of it. */
final class TrustFixture {
    static final String ISSUER = "https://guild.example";
    static final String ORIGIN = "guild.example/log";
    static final Instant ISSUED = Instant.parse("2026-05-01T12:00:00Z");
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    static final long INDEX = 94567;
    static final String REVOCATION_URL = ISSUER + "/status/revocation-1";
    static final String SUSPENSION_URL = ISSUER + "/status/suspension-1";

    final SigningKey key = SigningKey.of(Ed25519Key.generate());
    final CredentialIssuer issuer = new CredentialIssuer(key);
    final JWKSet keys = new JWKSet(key.publicJwk());
    final ProductionCertificate certificate = certificate(ISSUED, ISSUED.plus(Duration.ofDays(365)));
    final String jws = issuer.issue(certificate);
    final MemoryTree log = new MemoryTree();
    final long leafIndex;

    TrustFixture() {
        for (int i = 0; i < 5; i++) {
            log.appendEntry(("other entry " + i).getBytes(StandardCharsets.UTF_8));
        }
        leafIndex = log.appendEntry(CertificateEvents.issued(jws, certificate).encode());
        for (int i = 0; i < 4; i++) {
            log.appendEntry(("later entry " + i).getBytes(StandardCharsets.UTF_8));
        }
    }

    static ProductionCertificate certificate(Instant from, Instant until) {
        return new ProductionCertificate("urn:uuid:6f1c2b0e-5d7a-4e7b-9a51-3f0c8d2e4b19", ISSUER, from, until,
                new CertificateSubject("urn:guildmark:production:lighthouse-2026", "The Lighthouse Keeper", 2,
                        "ADL-2 (R, V)", "1.0", "a".repeat(64), "b".repeat(64), from),
                List.of(new StatusEntry(StatusPurpose.REVOCATION, INDEX, REVOCATION_URL),
                        new StatusEntry(StatusPurpose.SUSPENSION, INDEX, SUSPENSION_URL)));
    }

    String statusList(StatusPurpose purpose, boolean set) {
        StatusBitstring bits = new StatusBitstring();
        bits.set(INDEX, set);
        return issuer.issue(new StatusListCredential(purpose == StatusPurpose.REVOCATION ? REVOCATION_URL
                : SUSPENSION_URL, ISSUER, NOW.minus(Duration.ofHours(1)), Optional.of(NOW.plus(Duration.ofDays(1))),
                purpose, bits, Duration.ofMinutes(5)));
    }

    String checkpoint() {
        return new NoteSigner(ORIGIN, key.key()).sign(new Checkpoint(ORIGIN, log.size(),
                new MerkleTree(log).root(log.size())).text());
    }

    InclusionProof proof() {
        return new MerkleTree(log).inclusionProof(leafIndex, log.size());
    }

    Evidence evidence() {
        return new Evidence(List.of(statusList(StatusPurpose.REVOCATION, false),
                statusList(StatusPurpose.SUSPENSION, false)), Optional.of(checkpoint()), Optional.of(proof()),
                Optional.empty());
    }

    VerificationReport verify(String certificateJws, Evidence evidence) {
        return new CertificateVerifier(keys).verify(certificateJws, evidence, NOW);
    }
}
