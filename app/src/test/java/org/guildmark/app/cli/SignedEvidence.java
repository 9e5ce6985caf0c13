package org.guildmark.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.guildmark.core.trust.certificate.CertificateEvents;
import org.guildmark.core.trust.certificate.CertificateSubject;
import org.guildmark.core.trust.certificate.CredentialIssuer;
import org.guildmark.core.trust.certificate.ProductionCertificate;
import org.guildmark.core.trust.certificate.StatusEntry;
import org.guildmark.core.trust.certificate.StatusListCredential;
import org.guildmark.core.trust.key.Ed25519Key;
import org.guildmark.core.trust.key.SigningKey;
import org.guildmark.core.trust.log.Checkpoint;
import org.guildmark.core.trust.log.MemoryTree;
import org.guildmark.core.trust.log.MerkleTree;
import org.guildmark.core.trust.note.NoteSigner;
import org.guildmark.core.trust.status.StatusBitstring;
import org.guildmark.core.trust.status.StatusPurpose;

import com.nimbusds.jose.jwk.JWKSet;

/**
 * A real issuer's signed evidence for one certificate: its key set, the certificate, both status lists, a log with
 * the issuance entry among others, the signed checkpoint and the inclusion proof, as the files a verifier holds.
 */
final class SignedEvidence {
    static final Instant ISSUED = Instant.parse("2026-05-01T12:00:00Z");
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    static final long INDEX = 4242;

    final String issuerUrl;
    final SigningKey key = SigningKey.of(Ed25519Key.generate());
    final CredentialIssuer issuer = new CredentialIssuer(key);
    final ProductionCertificate certificate;
    final String jws;
    final MemoryTree log = new MemoryTree();
    final long leafIndex;

    SignedEvidence(String issuerUrl) {
        this.issuerUrl = issuerUrl;
        certificate = new ProductionCertificate("urn:uuid:6f1c2b0e-5d7a-4e7b-9a51-3f0c8d2e4b19", issuerUrl, ISSUED,
                ISSUED.plus(Duration.ofDays(365)),
                new CertificateSubject("urn:guildmark:production:lighthouse-2026", "The Lighthouse Keeper", 2,
                        "ADL-2 (R, V)", "1.0", "a".repeat(64), "b".repeat(64), ISSUED),
                List.of(new StatusEntry(StatusPurpose.REVOCATION, INDEX, revocationUrl()),
                        new StatusEntry(StatusPurpose.SUSPENSION, INDEX, suspensionUrl())));
        jws = issuer.issue(certificate);
        for (int i = 0; i < 3; i++) {
            log.appendEntry(("earlier entry " + i).getBytes(StandardCharsets.UTF_8));
        }
        leafIndex = log.appendEntry(CertificateEvents.issued(jws, certificate).encode());
        for (int i = 0; i < 2; i++) {
            log.appendEntry(("later entry " + i).getBytes(StandardCharsets.UTF_8));
        }
    }

    String revocationUrl() {
        return issuerUrl + "/status/revocation-1";
    }

    String suspensionUrl() {
        return issuerUrl + "/status/suspension-1";
    }

    String jwks() {
        return new JWKSet(key.publicJwk()).toString();
    }

    String statusList(StatusPurpose purpose, boolean set) {
        StatusBitstring bits = new StatusBitstring();
        bits.set(INDEX, set);
        return issuer.issue(new StatusListCredential(purpose == StatusPurpose.REVOCATION ? revocationUrl()
                : suspensionUrl(), issuerUrl, NOW.minus(Duration.ofHours(1)), Optional.of(NOW.plus(Duration.ofDays(1))),
                purpose, bits, Duration.ofMinutes(5)));
    }

    String checkpoint() {
        String origin = Checkpoint.originFor(issuerUrl);
        return new NoteSigner(origin, key.key()).sign(new Checkpoint(origin, log.size(),
                new MerkleTree(log).root(log.size())).text());
    }

    String proof() {
        return new MerkleTree(log).inclusionProof(leafIndex, log.size()).toJson();
    }

    String leafHex() {
        return HexFormat.of().formatHex(CertificateEvents.issued(jws, certificate).leafHash());
    }

    /** The files of a complete offline verification in {@code dir}. */
    OnDisk files(Path dir, boolean revoked) throws IOException {
        return new OnDisk(write(dir, "cert.jwt", jws), write(dir, "jwks.json", jwks()),
                write(dir, "revocation-1.jwt", statusList(StatusPurpose.REVOCATION, revoked)),
                write(dir, "suspension-1.jwt", statusList(StatusPurpose.SUSPENSION, false)),
                write(dir, "checkpoint.txt", checkpoint()), write(dir, "proof.json", proof()));
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    record OnDisk(Path certificate, Path keys, Path revocation, Path suspension, Path checkpoint, Path proof) {
        /** {@code verify} with every file, then {@code extra}, at the fixture's now unless {@code extra} says when. */
        String[] args(String... extra) {
            List<String> args = new java.util.ArrayList<>(List.of("verify", certificate.toString(), "--keys",
                    keys.toString(), "--status", revocation.toString(), "--status", suspension.toString(),
                    "--checkpoint", checkpoint.toString(), "--proof", proof.toString()));
            args.addAll(List.of(extra));
            if (!args.contains("--at")) {
                args.addAll(List.of("--at", NOW.toString()));
            }
            return args.toArray(String[]::new);
        }
    }
}
