package org.guildmark.app.certification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.guildmark.app.keys.GuildKeys;
import org.guildmark.app.keys.Issuer;
import org.guildmark.app.registry.Organizations;
import org.guildmark.app.transparency.TransparencyLog;
import org.guildmark.core.trust.certificate.CertificateEvents;
import org.guildmark.core.trust.certificate.CertificateSubject;
import org.guildmark.core.trust.certificate.CredentialIssuer;
import org.guildmark.core.trust.certificate.ProductionCertificate;
import org.guildmark.core.trust.certificate.StatusEntry;
import org.guildmark.core.trust.key.SigningKey;
import org.guildmark.core.trust.status.StatusPurpose;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Issues the certificate of a submission the officers certified: the VC of trust.md signed as {@code vc+jwt} with
 * the guild's active key, a random slot in the status lists, its first event, and its issuance entry queued for
 * the transparency log in the same transaction.
 */
@Component
class CertificateIssuance {

    /** Status lists are named {@code revocation-N} and {@code suspension-N} under {@code /status/}. */
    static String listName(StatusPurpose purpose, int list) {
        return purpose.wire() + "-" + list;
    }

    private final Certificates certificates;
    private final Organizations organizations;
    private final GuildKeys keys;
    private final Issuer issuer;
    private final TransparencyLog log;
    private final StatusLists statusLists;
    private final Clock clock;
    private final Duration validity;

    CertificateIssuance(Certificates certificates, Organizations organizations, GuildKeys keys, Issuer issuer,
            TransparencyLog log, StatusLists statusLists, Clock clock,
            @Value("${guildmark.certification.validity:P365D}") Duration validity) {
        this.certificates = certificates;
        this.organizations = organizations;
        this.keys = keys;
        this.issuer = issuer;
        this.log = log;
        this.statusLists = statusLists;
        this.clock = clock;
        this.validity = validity;
    }

    /** Issues within the caller's transaction. */
    Certificate issue(Submission submission, String officers) {
        Organizations.Production production = organizations.findProduction(submission.production()).orElseThrow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        certificates.lockSlots();
        int[] slot = certificates.freeSlot();
        String id = "urn:uuid:" + UUID.randomUUID();
        List<StatusEntry> status = List.of(
                new StatusEntry(StatusPurpose.REVOCATION, slot[1],
                        issuer.at("/status/" + listName(StatusPurpose.REVOCATION, slot[0]))),
                new StatusEntry(StatusPurpose.SUSPENSION, slot[1],
                        issuer.at("/status/" + listName(StatusPurpose.SUSPENSION, slot[0]))));
        CertificateSubject subject = new CertificateSubject("urn:guildmark:production:" + production.code(),
                submission.title() != null ? submission.title() : production.title(), submission.adl(),
                submission.adlDisplay(), submission.codeVersion() != null ? submission.codeVersion() : "1.0",
                submission.dossierSha256(), submission.reportSha256(), now);
        ProductionCertificate credential = new ProductionCertificate(id, issuer.url(), now, now.plus(validity),
                subject, status);
        SigningKey key = keys.activeSigningKey();
        String jws = new CredentialIssuer(key).issue(credential);
        Certificate certificate = new Certificate(id, submission.id(), submission.production(), slot[0], slot[1],
                jws, CertificateEvents.sha256(jws), key.kid(), credential.validFrom(), credential.validUntil(),
                Certificate.State.ACTIVE);
        certificates.insert(certificate);
        certificates.append(new CertificateEvent(UUID.randomUUID(), id, CertificateEvent.Kind.ISSUED,
                "Certified by " + officers + ".", officers, now));
        log.append(CertificateEvents.issued(jws, credential));
        statusLists.changed();
        return certificate;
    }
}
