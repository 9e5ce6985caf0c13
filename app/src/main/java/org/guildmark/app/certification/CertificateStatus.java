package org.guildmark.app.certification;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.guildmark.app.registry.ConsentWithdrawn;
import org.guildmark.app.registry.DeletionConfirmed;
import org.guildmark.app.registry.DeletionObligationOverdue;
import org.guildmark.app.transparency.TransparencyLog;
import org.guildmark.core.trust.log.LogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Suspends, reinstates and revokes certificates, by an officer's hand or on the registry's news. A certificate is
 * suspended while any {@link Hold} on it is open: consent withdrawn for one of its assets holds it until every
 * deletion the withdrawal created is confirmed, then it is reinstated. Revocation is final. Every change is an
 * appended event and an entry queued for the transparency log, in the same transaction as the change.
 *
 * <p>The registry's events are handled in the registry's own transaction, so a withdrawal is never recorded
 * without the suspension it causes.
 */
@Service
public class CertificateStatus {

    static final String SYSTEM = "guildmark";
    private static final Logger log = LoggerFactory.getLogger(CertificateStatus.class);

    private final Certificates certificates;
    private final Submissions submissions;
    private final TransparencyLog transparency;
    private final StatusLists statusLists;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificateStatus(Certificates certificates, Submissions submissions, TransparencyLog transparency,
            StatusLists statusLists, TransactionTemplate transactions, ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.certificates = certificates;
        this.submissions = submissions;
        this.transparency = transparency;
        this.statusLists = statusLists;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** An officer suspends: the certificate stays suspended until an officer reinstates it. */
    public Certificate suspend(String officer, String certificate, String reason) {
        String why = reasons(reason);
        return transactions.execute(status -> {
            Certificate c = locked(certificate);
            refuseRevoked(c);
            certificates.openHold(c.id(), HoldCause.OFFICER, null, List.of(), now());
            return settle(c, HoldCause.OFFICER, officer, "Suspended by " + officer + ": " + why);
        });
    }

    /**
     * An officer reinstates: releases every hold an officer may release. A hold that still waits for a confirmed
     * deletion stays, and so does the suspension.
     */
    public Certificate reinstate(String officer, String certificate, String reason) {
        String why = reasons(reason);
        return transactions.execute(status -> {
            Certificate c = locked(certificate);
            refuseRevoked(c);
            if (c.state() != Certificate.State.SUSPENDED) {
                throw new CertificationRefusal.Conflict("The certificate is not suspended.");
            }
            List<Hold> owing = certificates.openHolds(c.id()).stream()
                    .filter(h -> !h.owed().isEmpty() && !h.deletionsConfirmed()).toList();
            if (!owing.isEmpty()) {
                throw new CertificationRefusal.Conflict("The certificate waits for " + owed(owing)
                        + " deletion(s) after withdrawn consent to be confirmed; it is reinstated on its own when they "
                        + "are, or revoke it.");
            }
            for (Hold hold : certificates.openHolds(c.id())) {
                certificates.release(hold.id(), now());
            }
            return settle(c, null, officer, "Reinstated by " + officer + ": " + why);
        });
    }

    /** Revokes for good. */
    public Certificate revoke(String actor, String certificate, String reason) {
        String why = reasons(reason);
        return transactions.execute(status -> {
            Certificate c = locked(certificate);
            refuseRevoked(c);
            return change(c, Certificate.State.REVOKED, null, actor, "Revoked by " + actor + ": " + why);
        });
    }

    /**
     * A sanction of the ethics committee acts on the certificate: {@code revoke}, or suspend until an officer
     * reinstates. Runs in the caller's transaction.
     */
    public Certificate sanction(String sanction, String certificate, boolean revoke, String reason) {
        Certificate c = locked(certificate);
        refuseRevoked(c);
        if (revoke) {
            return change(c, Certificate.State.REVOKED, null, SYSTEM,
                    "Revoked by sanction " + sanction + ": " + reason);
        }
        certificates.openHold(c.id(), HoldCause.SANCTION, sanction, List.of(), now());
        return settle(c, HoldCause.SANCTION, SYSTEM, "Suspended by sanction " + sanction + ": " + reason);
    }

    @EventListener
    void consentWithdrawn(ConsentWithdrawn event) {
        for (Certificate c : certificatesRelyingOn(event.grant())) {
            Optional<Hold> open = certificates.openHolds(c.id()).stream()
                    .filter(h -> h.cause() == HoldCause.CONSENT_WITHDRAWN && event.grant().toString()
                            .equals(h.reference()))
                    .findFirst();
            if (open.isPresent()) {
                certificates.addObligations(open.get().id(), event.obligations());
                continue;
            }
            certificates.openHold(c.id(), HoldCause.CONSENT_WITHDRAWN, event.grant().toString(), event.obligations(),
                    now());
            settle(c, HoldCause.CONSENT_WITHDRAWN, SYSTEM, "Suspended: consent relied on by this production was "
                    + event.status().code()
                    + (event.obligations().isEmpty() ? "; an officer reviews it."
                    : "; reinstated when the deletions it owes are confirmed."));
        }
    }

    @EventListener
    void deletionOverdue(DeletionObligationOverdue event) {
        for (Certificate c : certificatesRelyingOn(event.grant())) {
            if (event.production() != null && !event.production().equals(c.production())) {
                continue;
            }
            boolean held = certificates.openHolds(c.id()).stream()
                    .anyMatch(h -> h.owed().stream().anyMatch(o -> o.obligation().equals(event.obligation())));
            if (!held) {
                certificates.openHold(c.id(), HoldCause.DELETION_OVERDUE, event.obligation().toString(),
                        List.of(event.obligation()), now());
                settle(c, HoldCause.DELETION_OVERDUE, SYSTEM,
                        "Suspended: a deletion owed after withdrawn consent is overdue.");
            }
        }
    }

    @EventListener
    void deletionConfirmed(DeletionConfirmed event) {
        for (UUID holdId : certificates.confirmObligation(event.obligation(), event.confirmedAt())) {
            String certificate = certificates.certificateOfHold(holdId).orElseThrow();
            Certificate c = locked(certificate);
            certificates.holds(c.id()).stream().filter(h -> h.id().equals(holdId) && h.open()
                    && h.deletionsConfirmed()).findFirst().ifPresent(h -> certificates.release(h.id(), now()));
            if (c.state() != Certificate.State.REVOKED) {
                settle(c, null, SYSTEM, "Reinstated: the deletions owed after withdrawn consent are confirmed.");
            }
        }
    }

    private List<Certificate> certificatesRelyingOn(UUID grant) {
        List<UUID> relying = submissions.relyingOn(grant);
        return certificates.ofSubmissions(relying).stream()
                .filter(c -> c.state() != Certificate.State.REVOKED)
                .map(c -> locked(c.id()))
                .toList();
    }

    /** Suspended while a hold is open, active otherwise: changes the state if it differs. */
    private Certificate settle(Certificate c, HoldCause cause, String actor, String reason) {
        boolean held = !certificates.openHolds(c.id()).isEmpty();
        Certificate.State wanted = held ? Certificate.State.SUSPENDED : Certificate.State.ACTIVE;
        return wanted == c.state() ? c : change(c, wanted, held ? cause : null, actor, reason);
    }

    private Certificate change(Certificate c, Certificate.State to, HoldCause cause, String actor, String reason) {
        Instant at = now();
        CertificateEvent.Kind kind = switch (to) {
            case SUSPENDED -> CertificateEvent.Kind.SUSPENDED;
            case REVOKED -> CertificateEvent.Kind.REVOKED;
            case ACTIVE -> CertificateEvent.Kind.REINSTATED;
        };
        certificates.setState(c.id(), to);
        certificates.append(new CertificateEvent(UUID.randomUUID(), c.id(), kind, reason, actor, at));
        transparency.append(new LogEntry.CertificateEvent(LogEntry.CertificateEvent.Kind.valueOf(kind.name()), c.id(),
                c.sha256(), at.truncatedTo(ChronoUnit.SECONDS)));
        statusLists.changed();
        events.publishEvent(new CertificateStatusChanged(c.id(), c.production(), to,
                cause == null ? null : cause.code(), reason, at));
        log.info("Certificate {} {}", c.id(), kind.code());
        return certificates.find(c.id()).orElseThrow();
    }

    private Certificate locked(String id) {
        return certificates.lock(id).orElseThrow(() -> new CertificationRefusal.NotFound("certificate"));
    }

    private static void refuseRevoked(Certificate c) {
        if (c.state() == Certificate.State.REVOKED) {
            throw new CertificationRefusal.Conflict("The certificate is revoked; revocation is final.");
        }
    }

    private static String reasons(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new CertificationRefusal.Invalid("/reason", "Give the reason: it is recorded with the change.");
        }
        if (why.length() > 2000) {
            throw new CertificationRefusal.Invalid("/reason", "At most 2,000 characters, this has " + why.length()
                    + ".");
        }
        return why;
    }

    private static long owed(List<Hold> holds) {
        return holds.stream().flatMap(h -> h.owed().stream()).filter(o -> o.confirmedAt() == null).count();
    }

    private Instant now() {
        return clock.instant();
    }
}
