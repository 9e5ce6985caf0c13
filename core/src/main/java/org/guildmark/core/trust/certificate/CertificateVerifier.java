package org.guildmark.core.trust.certificate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guildmark.core.trust.TrustFormatException;
import org.guildmark.core.trust.certificate.Check.Name;
import org.guildmark.core.trust.log.Checkpoint;
import org.guildmark.core.trust.log.InclusionProof;
import org.guildmark.core.trust.log.ProofCheck;
import org.guildmark.core.trust.note.NoteCheck;
import org.guildmark.core.trust.note.NoteVerifierKey;
import org.guildmark.core.trust.note.SignedNote;
import org.guildmark.core.trust.status.StatusBitstring;
import org.guildmark.core.trust.status.StatusPurpose;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;

/**
 * Verifies a certificate offline against the issuer's published keys (JWKS): its format, signature, validity period,
 * revocation and suspension bits, the log checkpoint's signature and the inclusion of the certificate's issuance
 * entry in that checkpoint's tree. Every check is reported, passed, failed or skipped with its reason; nothing
 * throws on bad input.
 */
public final class CertificateVerifier {
    /** How many distinct status lists and checkpoints one verifier remembers having checked. */
    private static final int REMEMBERED = 64;

    private final JWKSet keys;
    // What depends only on a document and the keys (parsing, signature) is checked once per verifier: verifying
    // many certificates against the same status lists and checkpoint then costs one signature each.
    private final Map<String, ReadList> lists = remembering();
    private final Map<String, ReadCheckpoint> checkpoints = remembering();

    public CertificateVerifier(JWKSet keys) {
        this.keys = keys;
    }

    /** A status list as read: its credential and signature problem, or why it could not be read. */
    private record ReadList(StatusListCredential list, Optional<String> badSignature, String unreadable) {
    }

    /** A checkpoint as checked: the checkpoint, or why it was refused. */
    private record ReadCheckpoint(Checkpoint checkpoint, String refused) {
    }

    private static <V> Map<String, V> remembering() {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > REMEMBERED;
            }
        });
    }

    private ReadList read(String listJws) {
        return lists.computeIfAbsent(listJws, jws -> {
            try {
                VcJwt jwt = VcJwt.read(jws);
                return new ReadList(StatusListCredential.fromPayload(jwt.payload()), jwt.signatureProblem(keys), null);
            } catch (TrustFormatException e) {
                return new ReadList(null, Optional.empty(), e.getMessage());
            }
        });
    }

    public VerificationReport verify(String certificateJws, Evidence evidence, Instant now) {
        List<Check> checks = new ArrayList<>();
        VcJwt jwt;
        ProductionCertificate certificate;
        try {
            jwt = VcJwt.read(certificateJws);
            certificate = ProductionCertificate.fromPayload(jwt.payload());
        } catch (TrustFormatException e) {
            checks.add(new Check(Name.FORMAT, new CheckResult.Fail(e.getMessage())));
            skipRest(checks, "the certificate could not be read");
            return new VerificationReport(Optional.empty(), checks);
        }
        checks.add(new Check(Name.FORMAT, new CheckResult.Pass("a vc+jwt ProductionCertificate for "
                + certificate.subject().productionId())));

        Optional<String> badSignature = jwt.signatureProblem(keys);
        if (badSignature.isPresent()) {
            checks.add(new Check(Name.SIGNATURE, new CheckResult.Fail(badSignature.get())));
            skipRest(checks, "the signature did not verify, so nothing the certificate says can be trusted");
            return new VerificationReport(Optional.of(certificate), checks);
        }
        checks.add(new Check(Name.SIGNATURE, new CheckResult.Pass("signed by " + certificate.issuer() + " with key "
                + jwt.kid())));
        checks.add(new Check(Name.VALIDITY, validity(certificate, now)));
        checks.add(new Check(Name.REVOCATION, status(certificate, StatusPurpose.REVOCATION, evidence, now)));
        checks.add(new Check(Name.SUSPENSION, status(certificate, StatusPurpose.SUSPENSION, evidence, now)));

        String origin = evidence.logOrigin().orElse(Checkpoint.originFor(certificate.issuer()));
        Optional<Checkpoint> checkpoint = Optional.empty();
        if (evidence.checkpoint().isEmpty()) {
            checks.add(new Check(Name.CHECKPOINT, new CheckResult.Skipped("no checkpoint given")));
        } else {
            CheckResult result;
            try {
                checkpoint = Optional.of(checkpoint(evidence.checkpoint().get(), origin));
                result = new CheckResult.Pass("log " + origin + " at size " + checkpoint.get().size()
                        + ", signed by the issuer's key");
            } catch (CheckpointRefused e) {
                result = new CheckResult.Fail(e.getMessage());
            }
            checks.add(new Check(Name.CHECKPOINT, result));
        }
        checks.add(new Check(Name.INCLUSION, inclusion(jwt, certificate, evidence, checkpoint)));
        return new VerificationReport(Optional.of(certificate), checks);
    }

    private static CheckResult validity(ProductionCertificate c, Instant now) {
        if (now.isBefore(c.validFrom())) {
            return new CheckResult.Fail("not valid before " + c.validFrom());
        }
        if (!now.isBefore(c.validUntil())) {
            return new CheckResult.Fail("expired at " + c.validUntil());
        }
        return new CheckResult.Pass("valid from " + c.validFrom() + " until " + c.validUntil());
    }

    private CheckResult status(ProductionCertificate c, StatusPurpose purpose, Evidence evidence, Instant now) {
        Optional<StatusEntry> entry = c.statusEntry(purpose);
        if (entry.isEmpty()) {
            return new CheckResult.Fail("the certificate has no " + purpose.wire() + " status entry");
        }
        String url = entry.get().listUrl();
        if (evidence.statusLists().isEmpty()) {
            return new CheckResult.Skipped("no status list given (" + url + ")");
        }
        List<String> unreadable = new ArrayList<>();
        for (String listJws : evidence.statusLists()) {
            ReadList read = read(listJws);
            if (read.unreadable() != null) {
                unreadable.add(read.unreadable());
                continue;
            }
            StatusListCredential list = read.list();
            if (!list.id().equals(url)) {
                continue;
            }
            Optional<String> badSignature = read.badSignature();
            if (badSignature.isPresent()) {
                return new CheckResult.Fail("status list " + url + ": " + badSignature.get());
            }
            if (!list.issuer().equals(c.issuer())) {
                return new CheckResult.Fail("status list " + url + " is issued by " + list.issuer() + ", not by "
                        + c.issuer());
            }
            if (list.purpose() != purpose) {
                return new CheckResult.Fail("status list " + url + " is for " + list.purpose().wire() + ", not "
                        + purpose.wire());
            }
            if (now.isBefore(list.validFrom()) || list.validUntil().map(u -> !now.isBefore(u)).orElse(false)) {
                return new CheckResult.Fail("status list " + url + " is not valid at " + now + "; fetch a fresh one");
            }
            StatusBitstring bits = list.bits();
            long index = entry.get().index();
            if (index >= bits.size()) {
                return new CheckResult.Fail("index " + index + " is beyond the " + bits.size() + " entries of " + url);
            }
            String as = " (bit " + index + " of " + url + " as of " + list.validFrom() + ")";
            return bits.get(index) ? new CheckResult.Fail(purpose == StatusPurpose.REVOCATION ? "revoked" + as
                    : "suspended" + as) : new CheckResult.Pass(purpose == StatusPurpose.REVOCATION ? "not revoked" + as
                            : "not suspended" + as);
        }
        if (!unreadable.isEmpty()) {
            return new CheckResult.Fail("a status list given could not be read: " + unreadable.get(0));
        }
        return new CheckResult.Skipped("none of the status lists given is " + url);
    }

    private Checkpoint checkpoint(String note, String origin) throws CheckpointRefused {
        ReadCheckpoint read = checkpoints.computeIfAbsent(origin + "\n" + note, key -> {
            try {
                return new ReadCheckpoint(checkedCheckpoint(note, origin), null);
            } catch (CheckpointRefused e) {
                return new ReadCheckpoint(null, e.getMessage());
            }
        });
        if (read.refused() != null) {
            throw new CheckpointRefused(read.refused());
        }
        return read.checkpoint();
    }

    private Checkpoint checkedCheckpoint(String note, String origin) throws CheckpointRefused {
        SignedNote signed;
        Checkpoint checkpoint;
        try {
            signed = SignedNote.parse(note);
            checkpoint = Checkpoint.parse(signed.text());
        } catch (TrustFormatException e) {
            throw new CheckpointRefused("not a signed checkpoint: " + e.getMessage());
        }
        if (!checkpoint.origin().equals(origin)) {
            throw new CheckpointRefused("the checkpoint is of the log '" + checkpoint.origin() + "', not of '"
                    + origin + "'");
        }
        NoteCheck check = signed.check(logKeys(origin));
        if (!check.verified()) {
            throw new CheckpointRefused(check.reason());
        }
        return checkpoint;
    }

    /** The log signs checkpoints with the issuer's Ed25519 keys under the origin as key name. */
    private List<NoteVerifierKey> logKeys(String origin) {
        return keys.getKeys().stream().filter(k -> k instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve()))
                .map(k -> new NoteVerifierKey(origin, ((OctetKeyPair) k).getX().decode())).toList();
    }

    private static CheckResult inclusion(VcJwt jwt, ProductionCertificate c, Evidence evidence,
            Optional<Checkpoint> checkpoint) {
        if (evidence.inclusionProof().isEmpty()) {
            return new CheckResult.Skipped("no inclusion proof given");
        }
        if (checkpoint.isEmpty()) {
            return new CheckResult.Skipped(evidence.checkpoint().isEmpty() ? "no checkpoint to check the proof against"
                    : "the checkpoint did not verify, so there is no trusted root to check the proof against");
        }
        InclusionProof proof = evidence.inclusionProof().get();
        if (proof.size() != checkpoint.get().size()) {
            return new CheckResult.Fail("the proof is for a tree of size " + proof.size()
                    + " but the checkpoint is for size " + checkpoint.get().size() + "; fetch the proof for size "
                    + checkpoint.get().size());
        }
        byte[] leaf = CertificateEvents.issued(jwt.compact(), c).leafHash();
        ProofCheck result = proof.verify(leaf, checkpoint.get().rootHash());
        if (!result.verified()) {
            return new CheckResult.Fail("the certificate's issuance entry is not proven in the log: " + result.reason());
        }
        return new CheckResult.Pass("issuance logged as entry " + proof.index() + " of " + proof.size());
    }

    private static void skipRest(List<Check> checks, String reason) {
        for (Name name : Name.values()) {
            if (checks.stream().noneMatch(c -> c.name() == name)) {
                checks.add(new Check(name, new CheckResult.Skipped(reason)));
            }
        }
    }

    private static final class CheckpointRefused extends Exception {
        private static final long serialVersionUID = 1L;

        CheckpointRefused(String message) {
            super(message);
        }
    }
}
