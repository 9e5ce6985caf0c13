package org.guildmark.app.certification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import com.nimbusds.jose.JWSObject;
import org.guildmark.app.keys.GuildKeys;
import org.guildmark.app.keys.Issuer;
import org.guildmark.app.transparency.SignedCheckpoint;
import org.guildmark.app.transparency.TransparencyLog;
import org.guildmark.core.trust.certificate.CertificateEvents;
import org.guildmark.core.trust.certificate.CertificateVerifier;
import org.guildmark.core.trust.certificate.Evidence;
import org.guildmark.core.trust.certificate.ProductionCertificate;
import org.guildmark.core.trust.certificate.StatusEntry;
import org.guildmark.core.trust.certificate.VerificationReport;
import org.guildmark.core.trust.log.InclusionProof;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies a pasted certificate for the {@code /verify} page exactly as {@code guildmark verify --fetch} would,
 * with this server's keys, status lists, latest checkpoint and inclusion proof as the evidence. The checks are
 * core's, so the page and the offline command can never disagree.
 */
@Service
public class PublicVerification {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GuildKeys keys;
    private final Issuer issuer;
    private final StatusLists statusLists;
    private final TransparencyLog log;
    private final Clock clock;

    PublicVerification(GuildKeys keys, Issuer issuer, StatusLists statusLists, TransparencyLog log, Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.statusLists = statusLists;
        this.log = log;
        this.clock = clock;
    }

    /**
     * What this server holds for a certificate: the status lists it names, the latest checkpoint and, once
     * sequenced, the inclusion proof of its issuance entry against that checkpoint.
     */
    public record ServerEvidence(List<String> statusLists, Optional<SignedCheckpoint> checkpoint,
            Optional<InclusionProof> proof) {
    }

    public VerificationReport verify(String pasted) {
        String jws = pasted == null ? "" : pasted.strip();
        return verify(jws, evidenceFor(jws));
    }

    public VerificationReport verify(String jws, ServerEvidence evidence) {
        return new CertificateVerifier(keys.publicKeys()).verify(jws, new Evidence(evidence.statusLists(),
                evidence.checkpoint().map(SignedCheckpoint::note), evidence.proof(), Optional.of(issuer.logOrigin())),
                clock.instant());
    }

    public ServerEvidence evidenceFor(String jws) {
        Optional<ProductionCertificate> claimed = claimed(jws);
        if (claimed.isEmpty()) {
            return new ServerEvidence(List.of(), Optional.empty(), Optional.empty());
        }
        List<String> lists = new ArrayList<>();
        for (StatusEntry entry : claimed.get().status()) {
            String prefix = issuer.at("/status/");
            if (entry.listUrl().startsWith(prefix)) {
                statusLists.credential(entry.listUrl().substring(prefix.length())).ifPresent(lists::add);
            }
        }
        Optional<SignedCheckpoint> latest = log.latestCheckpoint();
        Optional<InclusionProof> proof = Optional.empty();
        if (latest.isPresent()) {
            OptionalLong index = log.indexOf(CertificateEvents.issued(jws, claimed.get()).leafHash());
            if (index.isPresent() && index.getAsLong() < latest.get().size()) {
                proof = Optional.of(log.inclusionProof(index.getAsLong(), latest.get().size()));
            }
        }
        return new ServerEvidence(lists, latest, proof);
    }

    /** What the certificate claims, read without trusting it: to know which evidence to gather, or to show it. */
    public static Optional<ProductionCertificate> claimed(String jws) {
        try {
            return Optional.of(ProductionCertificate.fromPayload(
                    JSON.readTree(JWSObject.parse(jws).getPayload().toString())));
        } catch (java.text.ParseException | tools.jackson.core.JacksonException
                | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
