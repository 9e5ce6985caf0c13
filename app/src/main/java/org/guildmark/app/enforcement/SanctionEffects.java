package org.guildmark.app.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.guildmark.app.certification.Certificate;
import org.guildmark.app.certification.CertificateStatus;
import org.guildmark.app.certification.CertificationViews;
import org.guildmark.app.registry.Organizations;
import org.guildmark.app.transparency.TransparencyLog;
import org.guildmark.core.trust.log.LogEntry;
import org.springframework.stereotype.Component;

/**
 * Makes a sanction act once its effective date has come, in the caller's transaction: certificates are suspended
 * or revoked through certification, membership changes are appended, and a public sanction's canonical record is
 * hashed and queued for the transparency log. Ending or cancelling undoes what enforcement itself holds
 * (membership); a suspended certificate is reinstated by an officer, as for every sanction hold.
 */
@Component
class SanctionEffects {

    private final Decisions decisions;
    private final Cases cases;
    private final Memberships memberships;
    private final CertificateStatus certificateStatus;
    private final CertificationViews certification;
    private final Organizations organizations;
    private final TransparencyLog transparency;
    private final AuditLog audit;
    private final Clock clock;

    SanctionEffects(Decisions decisions, Cases cases, Memberships memberships, CertificateStatus certificateStatus,
            CertificationViews certification, Organizations organizations, TransparencyLog transparency,
            AuditLog audit, Clock clock) {
        this.decisions = decisions;
        this.cases = cases;
        this.memberships = memberships;
        this.certificateStatus = certificateStatus;
        this.certification = certification;
        this.organizations = organizations;
        this.transparency = transparency;
        this.audit = audit;
        this.clock = clock;
    }

    /** Applies a pending sanction whose date has come. */
    void apply(Decisions.Sanction s) {
        Instant now = clock.instant();
        EnforcementCase c = cases.find(s.caseId()).orElseThrow();
        Decisions.Decision decision = decisions.find(s.caseId(), Decisions.Stage.DECISION).orElseThrow();
        String why = "ethics committee case " + c.reference() + ", clause(s) " + String.join(", ",
                decision.clauses());
        String effect;
        List<String> acted = new ArrayList<>();
        if (s.kind().actsOnCertificates()) {
            boolean revoke = s.kind() == SanctionKind.CERTIFICATE_REVOCATION;
            for (Certificate certificate : targets(s)) {
                certificateStatus.sanction(s.id().toString(), certificate.id(), revoke, why);
                decisions.actedOn(s.id(), certificate.id(), now);
                acted.add(certificate.id());
            }
            effect = acted.size() + " certificate(s) " + (revoke ? "revoked" : "suspended");
        } else if (s.kind() == SanctionKind.MEMBERSHIP_SUSPENSION) {
            memberships.append(s.organization(), s.organization() == null ? s.person() : null, "suspended", s.id(),
                    s.effectiveUntil(), "suspended by " + why, now);
            effect = "membership suspended" + (s.effectiveUntil() == null ? ""
                    : " until " + PublicSanction.instant(s.effectiveUntil()));
        } else if (s.kind() == SanctionKind.EXPULSION) {
            memberships.append(s.organization(), s.organization() == null ? s.person() : null, "expelled", s.id(),
                    null, "expelled by " + why, now);
            effect = "member expelled";
        } else {
            effect = s.kind().label() + " in effect";
        }
        decisions.setState(s.id(), s.effectiveUntil() != null && !now.isBefore(s.effectiveUntil())
                ? Decisions.SanctionState.ENDED : Decisions.SanctionState.IN_EFFECT);
        if (s.published()) {
            String json = PublicSanction.json(s, c.reference(), decision.clauses(), acted, decision.decidedAt());
            String sha = PublicSanction.sha256(json);
            decisions.published(s.id(), json, sha);
            transparency.append(new LogEntry.SanctionPublished(s.id().toString(), sha,
                    now.truncatedTo(ChronoUnit.SECONDS)));
            effect += "; published, sha256 " + sha;
        }
        audit.done(s.caseId(), "sanction-in-effect", AuditLog.SYSTEM, s.kind().code() + ": " + effect);
    }

    /** Ends a sanction whose end date has passed: a suspended member is reinstated. */
    void end(Decisions.Sanction s) {
        if (s.kind() == SanctionKind.MEMBERSHIP_SUSPENSION) {
            memberships.append(s.organization(), s.organization() == null ? s.person() : null, "reinstated", s.id(),
                    null, "suspension ended", clock.instant());
        }
        decisions.setState(s.id(), Decisions.SanctionState.ENDED);
        audit.done(s.caseId(), "sanction-ended", AuditLog.SYSTEM, s.kind().code());
    }

    /** An appeal overturned the decision: pending sanctions never act, membership sanctions are lifted. */
    void cancel(Decisions.Sanction s) {
        if (s.state() == Decisions.SanctionState.IN_EFFECT && s.kind().actsOnMembership()) {
            memberships.append(s.organization(), s.organization() == null ? s.person() : null, "reinstated", s.id(),
                    null, "sanction overturned on appeal", clock.instant());
        }
        decisions.setState(s.id(), Decisions.SanctionState.CANCELLED);
        audit.done(s.caseId(), "sanction-cancelled", AuditLog.SYSTEM, s.kind().code()
                + (s.kind().actsOnCertificates() && s.state() == Decisions.SanctionState.IN_EFFECT
                ? ": certificates it suspended stay so until an officer reinstates them" : ""));
    }

    /** The certificates a certification sanction acts on: the one named, or every one not revoked. */
    List<Certificate> targets(Decisions.Sanction s) {
        List<Certificate> all = new ArrayList<>();
        if (s.production() != null) {
            all.addAll(certification.certificatesOf(s.production()));
        } else if (s.organization() != null) {
            for (Organizations.ListedProduction p : organizations.productions(s.organization(), 1000, 0)) {
                all.addAll(certification.certificatesOf(p.id()));
            }
        }
        return all.stream().filter(cert -> cert.state() != Certificate.State.REVOKED)
                .filter(cert -> s.certificate() == null || s.certificate().equals(cert.id())).toList();
    }

    /** Every certificate a sanction on this production or organization could act on, for the decision form. */
    List<Certificate> candidates(UUID production, UUID organization) {
        return targets(new Decisions.Sanction(null, null, null, SanctionKind.CERTIFICATION_SUSPENSION, null, null,
                null, null, null, false, production, organization, null, Decisions.SanctionState.PENDING, null,
                null));
    }
}
