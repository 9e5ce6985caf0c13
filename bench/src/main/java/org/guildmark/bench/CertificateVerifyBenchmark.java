package org.guildmark.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;

import com.nimbusds.jose.jwk.JWKSet;
import org.guildmark.core.trust.certificate.CertificateEvents;
import org.guildmark.core.trust.certificate.CertificateSubject;
import org.guildmark.core.trust.certificate.CertificateVerifier;
import org.guildmark.core.trust.certificate.CredentialIssuer;
import org.guildmark.core.trust.certificate.Evidence;
import org.guildmark.core.trust.certificate.ProductionCertificate;
import org.guildmark.core.trust.certificate.StatusEntry;
import org.guildmark.core.trust.certificate.StatusListCredential;
import org.guildmark.core.trust.certificate.VerificationReport;
import org.guildmark.core.trust.key.Ed25519Key;
import org.guildmark.core.trust.key.SigningKey;
import org.guildmark.core.trust.log.Checkpoint;
import org.guildmark.core.trust.log.InclusionProof;
import org.guildmark.core.trust.log.MemoryTree;
import org.guildmark.core.trust.log.MerkleTree;
import org.guildmark.core.trust.note.NoteSigner;
import org.guildmark.core.trust.note.SignedNote;
import org.guildmark.core.trust.status.StatusBitstring;
import org.guildmark.core.trust.status.StatusPurpose;

/**
 * Offline certificate verification with core's {@link CertificateVerifier} on one thread, as {@code guildmark
 * verify} runs it: a real certificate, both of its status lists (131,072 bits each, a few bits set), the signed
 * checkpoint of a log of 2^20 entries and the certificate's inclusion proof in it, so every one of the seven checks
 * passes. Beside it, in the same process: the raw Ed25519 verification of the certificate's own signing input (the
 * same bytes the verifier's signature check covers), and of all four signatures a full verification checks
 * (certificate, two status lists, checkpoint). Medians over rounds; exits 1 when full verifications per second stay
 * below 5,000.
 */
public final class CertificateVerifyBenchmark {

    static final double TARGET_PER_SECOND = 5000;

    private CertificateVerifyBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = 5;
        int count = 20_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--verifications" -> count = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --rounds R --verifications N");
            }
        }
        Fixture f = new Fixture();
        VerificationReport report = f.verifier.verify(f.jws, f.evidence, Fixture.NOW);
        if (report.verdict() != VerificationReport.Verdict.VALID) {
            throw new IllegalStateException("the fixture does not verify: " + report.checks());
        }
        System.out.printf(Locale.ROOT, "fixture: %d checks pass (%s); log of %,d entries, proof of %d hashes; %s %s; "
                + "load average %s%n", report.checks().size(), report.verdict(), f.logSize, f.proof.hashes().size(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), LogDatabase.loadAverage());

        final int n = count;
        for (int i = 0; i < 3; i++) { // warm the JIT on every loop
            f.full(n / 4);
            f.certificateOnly(n / 4);
            f.rawCertificate(n / 4);
            f.rawAll(n / 4);
            f.rawCertificateTink(n / 4);
        }
        long[] full = new long[rounds];
        long[] certificateOnly = new long[rounds];
        long[] rawCertificate = new long[rounds];
        long[] rawAll = new long[rounds];
        long[] tink = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            rawCertificate[r] = timed(() -> f.rawCertificate(n));
            full[r] = timed(() -> f.full(n));
            rawAll[r] = timed(() -> f.rawAll(n));
            certificateOnly[r] = timed(() -> f.certificateOnly(n));
            tink[r] = timed(() -> f.rawCertificateTink(n));
            System.out.printf(Locale.ROOT, "round %d: full %,.0f/s · certificate only %,.0f/s · raw Ed25519 of the "
                    + "certificate %,.0f/s · raw Ed25519 ×4 %,.0f/s%n", r + 1, rate(n, full[r]),
                    rate(n, certificateOnly[r]), rate(n, rawCertificate[r]), rate(n, rawAll[r]));
        }
        double fullRate = rate(n, median(full));
        double rawRate = rate(n, median(rawCertificate));
        System.out.println();
        System.out.printf(Locale.ROOT, "| measure (%,d per round, one thread, medians of %d rounds) | per second | "
                + "per verification |%n", n, rounds);
        System.out.println("|---|---|---|");
        row("raw Ed25519 verify of the certificate's signing input (baseline)", n, median(rawCertificate));
        row("raw Ed25519 verify of the four signed inputs (certificate, two status lists, checkpoint)", n,
                median(rawAll));
        row("for comparison: Tink's Ed25519 verify of the certificate's signing input", n, median(tink));
        row("`CertificateVerifier.verify`, certificate only (format, signature, validity)", n,
                median(certificateOnly));
        row("**`CertificateVerifier.verify`, all seven checks**", n, median(full));
        System.out.printf(Locale.ROOT, "| full verification ÷ raw verify of the certificate | %.2f× | |%n",
                rawRate / fullRate);
        System.out.printf(Locale.ROOT, "| full verification ÷ raw verify of the four inputs | %.2f× | |%n",
                rate(n, median(rawAll)) / fullRate);
        boolean met = fullRate >= TARGET_PER_SECOND;
        System.out.printf(Locale.ROOT, "full verifications %,.0f/s on one core (target ≥ %,.0f): %s; load average "
                + "%s%n", fullRate, TARGET_PER_SECOND, met ? "met" : "TARGET MISSED", LogDatabase.loadAverage());
        System.exit(met ? 0 : 1);
    }

    /** The certificate, its evidence and the raw inputs of its four signatures. */
    private static final class Fixture {
        static final Instant ISSUED = Instant.parse("2026-05-01T12:00:00Z");
        static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
        static final String ISSUER = "https://guild.example";
        static final long INDEX = 94_567;

        final SigningKey key = SigningKey.of(Ed25519Key.generate());
        final CredentialIssuer issuer = new CredentialIssuer(key);
        final CertificateVerifier verifier = new CertificateVerifier(new JWKSet(key.publicJwk()));
        final String jws;
        final Evidence evidence;
        final InclusionProof proof;
        final long logSize = 1L << 20;
        final byte[][] signingInputs = new byte[4][];
        final byte[][] signatures = new byte[4][];
        final byte[] publicKey = key.key().publicKey();

        Fixture() {
            ProductionCertificate certificate = new ProductionCertificate("urn:uuid:6f1c2b0e-5d7a-4e7b-9a51-"
                    + "3f0c8d2e4b19", ISSUER, ISSUED, ISSUED.plus(Duration.ofDays(365)),
                    new CertificateSubject("urn:guildmark:production:lighthouse-2026", "The Lighthouse Keeper", 2,
                            "ADL-2 (R, V)", "1.0", "a".repeat(64), "b".repeat(64), ISSUED),
                    List.of(new StatusEntry(StatusPurpose.REVOCATION, INDEX, ISSUER + "/status/revocation-1"),
                            new StatusEntry(StatusPurpose.SUSPENSION, INDEX, ISSUER + "/status/suspension-1")));
            jws = issuer.issue(certificate);
            String revocation = statusList(StatusPurpose.REVOCATION);
            String suspension = statusList(StatusPurpose.SUSPENSION);
            MemoryTree log = new MemoryTree();
            long leaf = logSize / 3;
            for (long i = 0; i < logSize; i++) {
                if (i == leaf) {
                    log.appendEntry(CertificateEvents.issued(jws, certificate).encode());
                } else {
                    log.appendEntry(("entry " + i).getBytes(StandardCharsets.UTF_8));
                }
            }
            String origin = Checkpoint.originFor(ISSUER);
            String checkpoint = new NoteSigner(origin, key.key()).sign(new Checkpoint(origin, logSize,
                    new MerkleTree(log).root(logSize)).text());
            proof = new MerkleTree(log).inclusionProof(leaf, logSize);
            evidence = new Evidence(List.of(revocation, suspension), Optional.of(checkpoint), Optional.of(proof),
                    Optional.empty());
            int i = 0;
            for (String compact : List.of(jws, revocation, suspension)) {
                int dot = compact.lastIndexOf('.');
                signingInputs[i] = compact.substring(0, dot).getBytes(StandardCharsets.US_ASCII);
                signatures[i++] = Base64.getUrlDecoder().decode(compact.substring(dot + 1));
            }
            SignedNote note = SignedNote.parse(checkpoint);
            signingInputs[3] = note.text().getBytes(StandardCharsets.UTF_8);
            signatures[3] = note.signatures().get(0).signature();
        }

        private String statusList(StatusPurpose purpose) {
            StatusBitstring bits = new StatusBitstring();
            for (long i = 7; i < bits.size(); i += 9973) {
                bits.set(i, true);
            }
            return issuer.issue(new StatusListCredential(ISSUER + "/status/" + purpose.name().toLowerCase(Locale.ROOT)
                    + "-1", ISSUER, NOW.minus(Duration.ofHours(1)), Optional.of(NOW.plus(Duration.ofDays(1))),
                    purpose, bits, Duration.ofMinutes(5)));
        }

        long full(int n) {
            long valid = 0;
            for (int i = 0; i < n; i++) {
                valid += f(verifier.verify(jws, evidence, NOW));
            }
            return valid;
        }

        long certificateOnly(int n) {
            long checks = 0;
            for (int i = 0; i < n; i++) {
                checks += verifier.verify(jws, Evidence.none(), NOW).checks().size();
            }
            return checks;
        }

        long rawCertificate(int n) {
            long valid = 0;
            for (int i = 0; i < n; i++) {
                valid += Ed25519Key.verify(publicKey, signingInputs[0], signatures[0]) ? 1 : 0;
            }
            return valid;
        }

        /** The same verification with Tink's Ed25519 (on the class path through nimbus-jose-jwt), to compare. */
        long rawCertificateTink(int n) {
            com.google.crypto.tink.subtle.Ed25519Verify tink = new com.google.crypto.tink.subtle.Ed25519Verify(
                    publicKey);
            long valid = 0;
            for (int i = 0; i < n; i++) {
                try {
                    tink.verify(signatures[0], signingInputs[0]);
                    valid++;
                } catch (java.security.GeneralSecurityException e) {
                    throw new IllegalStateException("Tink refuses the certificate's signature", e);
                }
            }
            return valid;
        }

        long rawAll(int n) {
            long valid = 0;
            for (int i = 0; i < n; i++) {
                for (int s = 0; s < 4; s++) {
                    valid += Ed25519Key.verify(publicKey, signingInputs[s], signatures[s]) ? 1 : 0;
                }
            }
            return valid;
        }

        private static long f(VerificationReport report) {
            return report.verdict() == VerificationReport.Verdict.VALID ? 1 : 0;
        }
    }

    private static void row(String name, int n, double nanos) {
        System.out.printf(Locale.ROOT, "| %s | %,.0f | %.1f µs |%n", name, rate(n, nanos), nanos / 1e3 / n);
    }

    private static double rate(int n, double nanos) {
        return n / (nanos / 1e9);
    }

    private static long timed(LongSupplier work) {
        System.gc();
        long start = System.nanoTime();
        long sink = work.getAsLong();
        long elapsed = System.nanoTime() - start;
        if (sink == 42) {
            System.out.println(sink);
        }
        return elapsed;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }
}
