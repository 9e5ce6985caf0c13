package org.guildmark.app.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.guildmark.app.registry.DeletionObligation.Confirmation;
import org.guildmark.app.registry.RegistryRefusal.Conflict;
import org.guildmark.app.registry.RegistryRefusal.InvalidInput;
import org.guildmark.app.registry.RegistryRefusal.NotFound;
import org.guildmark.app.registry.RegistryRefusal.NotPermitted;
import org.guildmark.core.consent.ConsentEvaluator;
import org.guildmark.core.dossier.Consent.Approval;
import org.guildmark.core.dossier.Consent.Deletion;
import org.guildmark.core.dossier.Enums.ApprovalRelation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The consent registry's service: grants through their lifecycle (design consent.md), the approvals clause 3.4
 * requires, uses, deletion obligations after a withdrawal, and a signed receipt for every status change.
 *
 * <p>Every change runs in one transaction with the grant's row locked, so changes to one grant happen one after
 * the other and a refused request leaves nothing behind. What a caller may see and do is decided here from the
 * {@link Caller}; a grant the caller may not see is {@link NotFound}, as if it did not exist.
 */
@Service
public class ConsentRegistry {

    /** Used when a grant names no deletion term; clause 3.2 expects one, the audit flags its absence. */
    static final int DEFAULT_DELETION_DAYS = 30;
    static final String DEFAULT_DELETION_METHOD = "Delete every copy, model and derived work made with the grant";

    private final ConsentGrants grants;
    private final PersonRegistry people;
    private final Organizations organizations;
    private final GrantUses uses;
    private final DeletionObligations obligations;
    private final ConsentReceipts receipts;
    private final ReceiptIssuer issuer;
    private final ApplicationEventPublisher events;
    private final TransactionOperations transactions;
    private final Clock clock;

    public ConsentRegistry(ConsentGrants grants, PersonRegistry people, Organizations organizations, GrantUses uses,
            DeletionObligations obligations, ConsentReceipts receipts, ReceiptIssuer issuer,
            ApplicationEventPublisher events, TransactionOperations transactions, Clock clock) {
        this.grants = grants;
        this.people = people;
        this.organizations = organizations;
        this.uses = uses;
        this.obligations = obligations;
        this.receipts = receipts;
        this.issuer = issuer;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    // ----- reading

    public ConsentGrant grant(Caller caller, UUID id) {
        return grants.find(id).filter(caller::sees).orElseThrow(() -> new NotFound("grant"));
    }

    /** The grants the caller may see, newest first. */
    public List<ConsentGrant> grants(Caller caller, int limit, int offset) {
        if (caller instanceof Caller.Performer performer) {
            return performer.person() == null ? List.of()
                    : grants.ofPeople(List.of(performer.person()), limit, offset);
        }
        if (caller instanceof Caller.Representative representative) {
            return grants.ofPeople(representative.people(), limit, offset);
        }
        if (caller instanceof Caller.Production production) {
            return production.organization() == null ? List.of()
                    : grants.ofGrantee(production.organization(), limit, offset);
        }
        return caller instanceof Caller.Guild ? grants.all(limit, offset) : List.of();
    }

    /** The approvals clause 3.4 still requires before the grant can be given; empty for an adult. */
    public List<ApprovalRelation> pendingApprovals(ConsentGrant grant) {
        RegisteredPerson person = people.find(grant.terms().person()).orElseThrow();
        return ConsentEvaluator.missingApprovals(CoreConsent.of(grant), CoreConsent.of(person), today());
    }

    public List<GrantUse> uses(Caller caller, UUID grant) {
        return uses.of(grant(caller, grant).id());
    }

    public List<DeletionObligation> obligationsOf(Caller caller, UUID grant) {
        ConsentGrant visible = grant(caller, grant);
        List<DeletionObligation> all = obligations.ofGrant(visible.id());
        if (caller instanceof Caller.Production production) {
            return all.stream().filter(o -> o.organization().equals(production.organization())).toList();
        }
        return all;
    }

    /** The deletion obligations the caller may see: their own grants', or their organization's. */
    public List<DeletionObligation> obligations(Caller caller) {
        if (caller instanceof Caller.Performer performer) {
            return performer.person() == null ? List.of() : obligations.ofPeople(List.of(performer.person()));
        }
        if (caller instanceof Caller.Representative representative) {
            return obligations.ofPeople(representative.people());
        }
        if (caller instanceof Caller.Production production) {
            return production.organization() == null ? List.of()
                    : obligations.ofOrganization(production.organization());
        }
        return caller instanceof Caller.Guild ? obligations.all() : List.of();
    }

    public DeletionObligation obligation(Caller caller, UUID id) {
        return obligations.find(id).filter(o -> seesObligation(caller, o))
                .orElseThrow(() -> new NotFound("deletion obligation"));
    }

    public List<ConsentReceipt> receipts(Caller caller, UUID grant) {
        requireReceiptReader(caller);
        return receipts.of(grant(caller, grant).id());
    }

    public ConsentReceipt receipt(Caller caller, UUID grant, int ordinal) {
        requireReceiptReader(caller);
        return receipts.find(grant(caller, grant).id(), ordinal).orElseThrow(() -> new NotFound("receipt"));
    }

    /** Unconfirmed obligations past their due instant, as of the clock: for a scheduler and enforcement. */
    public List<DeletionObligation> overdueObligations() {
        return obligations.overdueAt(clock.instant());
    }

    // ----- the lifecycle

    /**
     * Records a new grant. The person (or a representative for them) gives it at once: it is {@code given}
     * unless clause 3.4 still needs approvals, then {@code requested}. A production asks for one made to its own
     * organization: it is {@code requested} until the person gives it.
     */
    public ConsentGrant create(Caller caller, NewGrant request) {
        RegisteredPerson person = people.find(request.person())
                .orElseThrow(() -> InvalidInput.at("/person", "No person with this id is registered."));
        List<Approval> approvals = new ArrayList<>();
        String grantedBy;
        LocalDate givenOn;
        String actor;
        if (caller instanceof Caller.Performer performer && performer.speaksFor(person.id()).isPresent()) {
            grantedBy = performer.name();
            givenOn = today();
            actor = performer.name();
        } else if (caller instanceof Caller.Representative representative
                && representative.speaksFor(person.id()).isPresent()) {
            Representation as = representative.representationFor(person.id()).orElseThrow();
            grantedBy = as.name();
            givenOn = today();
            actor = as.name() + " (" + code(as.relation()) + ")";
            approvalOf(as).ifPresent(relation -> approvals.add(new Approval(as.name(), relation, today())));
        } else if (caller instanceof Caller.Production production) {
            if (!request.grantee().equals(production.organization())) {
                throw InvalidInput.at("/grantee",
                        "A production account may only request grants made to its own organization.");
            }
            grantedBy = person.name();
            givenOn = null;
            actor = production.username();
        } else {
            throw InvalidInput.at("/person",
                    "You may record grants only for yourself or for the people you represent.");
        }
        if (organizations.name(request.grantee()).isEmpty()) {
            throw InvalidInput.at("/grantee", "No organization with this id is registered.");
        }
        if (!request.scope().general()) {
            Organizations.Production production = organizations.findProduction(request.scope().production())
                    .orElseThrow(() -> InvalidInput.at("/scope/production",
                            "No production with this id is registered."));
            if (!production.organization().equals(request.grantee())) {
                throw InvalidInput.at("/scope/production",
                        "The production belongs to another organization than the grantee; "
                                + "name the grantee's own production.");
            }
        }
        GrantTerms terms = new GrantTerms(request.person(), request.grantee(), grantedBy, givenOn,
                request.aspects(), request.purposes(), request.scope(), request.validFrom(), request.validUntil(),
                request.compensation(), request.revocation(), request.deletion(), request.informed(),
                request.evidence(), approvals);
        boolean complete = givenOn != null && ConsentEvaluator.missingApprovals(
                CoreConsent.of(null, terms, null), CoreConsent.of(person), today()).isEmpty();
        Instant now = now();
        ConsentEvent first = ConsentEvent.at(complete ? ConsentStatus.GIVEN : ConsentStatus.REQUESTED, now, actor,
                complete ? null
                        : givenOn == null ? "requested by the grantee" : "awaiting the approvals of clause 3.4");
        return transactions.execute(status -> {
            ConsentGrant recorded = grants.record(terms, first);
            receipts.insert(issuer.issue(recorded, 0));
            return recorded;
        });
    }

    /** The person (or a representative) gives a requested grant; it is given once clause 3.4's approvals are in. */
    public ConsentGrant give(Caller caller, UUID id) {
        return change(caller, id, grant -> {
            String name = personSide(caller, grant);
            requireStatus(grant, ConsentStatus.GIVEN);
            if (grant.terms().givenOn() != null && caller instanceof Caller.Performer) {
                throw new Conflict(null, "You have given this grant already; it awaits " + pending(grant) + ".");
            }
            grants.recordGiven(grant.id(), today(), name);
            if (caller instanceof Caller.Representative representative) {
                Representation as = representative.representationFor(grant.terms().person()).orElseThrow();
                approvalOf(as).filter(relation -> !approved(grant, as.name(), relation))
                        .ifPresent(relation -> grants.addApproval(grant.id(),
                                new Approval(as.name(), relation, today())));
            }
            return settle(grants.find(grant.id()).orElseThrow(), name);
        });
    }

    /**
     * Adds an approval of clause 3.4: a guardian's, estate's or conservator's by the representative with that
     * relation, or the heightened review by a guild officer who gave no other approval of the grant.
     */
    public ConsentGrant approve(Caller caller, UUID id, ApprovalRelation relation) {
        return change(caller, id, grant -> {
            String by;
            if (caller instanceof Caller.Representative representative) {
                Representation as = representative.representationFor(grant.terms().person()).orElseThrow();
                if (approvalOf(as).filter(relation::equals).isEmpty()) {
                    throw new NotPermitted("As the person's " + code(as.relation()) + " you may give only "
                            + approvalOf(as).map(r -> "a " + code(r) + " approval").orElse("no approval") + ".");
                }
                by = as.name();
            } else if (caller instanceof Caller.Guild guild) {
                if (relation != ApprovalRelation.HEIGHTENED_REVIEW) {
                    throw new NotPermitted("A guild officer gives only the heightened-review approval; the "
                            + code(relation) + " approval comes from the person's representative.");
                }
                by = guild.username();
            } else {
                throw new NotPermitted("Only the person's representative or a guild officer approves.");
            }
            if (grant.status() != ConsentStatus.REQUESTED) {
                throw new Conflict("/relation", "Approvals are given before a grant takes effect; this grant is "
                        + grant.status().code() + ".");
            }
            if (relation == ApprovalRelation.HEIGHTENED_REVIEW) {
                for (Approval other : grant.terms().approvals()) {
                    if (other.relation() != ApprovalRelation.HEIGHTENED_REVIEW && other.by().equals(by)) {
                        throw new Conflict("/relation", "The heightened review must be made by a second person: "
                                + by + " already approved as " + code(other.relation()) + ".");
                    }
                }
            }
            List<ApprovalRelation> before = pendingApprovals(grant);
            List<Approval> more = new ArrayList<>(grant.terms().approvals());
            more.add(new Approval(by, relation, today()));
            ConsentGrant after = new ConsentGrant(grant.id(), CoreConsent.withApprovals(grant.terms(), more),
                    grant.status(), grant.history());
            if (pendingApprovals(after).size() >= before.size()) {
                throw new Conflict("/relation", before.isEmpty()
                        ? "This grant needs no further approval."
                        : "This grant does not need a " + code(relation) + " approval; it awaits "
                                + pending(grant) + ".");
            }
            grants.addApproval(grant.id(), new Approval(by, relation, today()));
            return settle(grants.find(grant.id()).orElseThrow(), by);
        });
    }

    /** The person (or a representative) refuses a requested grant. */
    public ConsentGrant refuse(Caller caller, UUID id, String reason) {
        return change(caller, id, grant -> {
            String name = personSide(caller, grant);
            return appendStatus(grant, ConsentEvent.at(ConsentStatus.REFUSED, now(), name, reason));
        });
    }

    /**
     * The person (or a representative) withdraws a grant. It takes effect at {@code effectiveAt} (null: now), and
     * not before the grant's notice period has passed; every organization that used it must then delete.
     */
    public ConsentGrant withdraw(Caller caller, UUID id, Instant effectiveAt, String reason) {
        return ending(caller, id, ConsentStatus.WITHDRAWN, grant -> personSide(caller, grant), grant -> {
            String name = personSide(caller, grant);
            requireStatus(grant, ConsentStatus.WITHDRAWN);
            Instant now = now();
            Instant stated = effectiveAt == null ? now : effectiveAt;
            if (stated.isBefore(now.minusSeconds(1))) {
                throw InvalidInput.at("/effectiveAt",
                        "A withdrawal cannot take effect in the past; give a future instant or leave it out for now.");
            }
            Integer noticeDays = grant.terms().revocation() == null ? null : grant.terms().revocation().noticeDays();
            Instant earliest = noticeDays == null ? now : now.plus(Duration.ofDays(noticeDays));
            Instant effective = stated.isBefore(earliest) ? earliest : stated;
            return end(grant, new ConsentEvent(ConsentStatus.WITHDRAWN, now, effective, name, reason));
        });
    }

    /** The guild revokes a grant (e.g. after a finding), with immediate effect. */
    public ConsentGrant revoke(Caller caller, UUID id, String reason) {
        return ending(caller, id, ConsentStatus.REVOKED, grant -> guild(caller, "revoke"),
                grant -> end(grant, ConsentEvent.at(ConsentStatus.REVOKED, now(), guild(caller, "revoke"), reason)));
    }

    /** The guild finds a grant invalid (e.g. forged evidence), with immediate effect. */
    public ConsentGrant invalidate(Caller caller, UUID id, String reason) {
        return ending(caller, id, ConsentStatus.INVALIDATED, grant -> guild(caller, "invalidate"),
                grant -> end(grant, ConsentEvent.at(ConsentStatus.INVALIDATED, now(), guild(caller, "invalidate"),
                        reason)));
    }

    /** The person (or a representative) renews a grant in force, for the same terms. */
    public ConsentGrant renew(Caller caller, UUID id, String reason) {
        return change(caller, id, grant -> {
            String name = personSide(caller, grant);
            if (grant.terms().validUntil().isBefore(today())) {
                throw new Conflict(null, "The grant's validity ended on " + grant.terms().validUntil()
                        + "; record a new grant instead.");
            }
            return appendStatus(grant, ConsentEvent.at(ConsentStatus.RENEWED, now(), name, reason));
        });
    }

    /** Marks grants whose last valid day has passed as expired; returns how many. For a daily scheduler. */
    public int expireLapsed() {
        int expired = 0;
        for (UUID id : grants.lapsedBefore(today())) {
            Boolean done = transactions.execute(status -> {
                grants.lock(id);
                ConsentGrant grant = grants.find(id).orElseThrow();
                if (!GrantLifecycle.allows(grant.status(), ConsentStatus.EXPIRED)) {
                    return false;
                }
                Instant end = grant.terms().validUntil().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                appendStatus(grant, new ConsentEvent(ConsentStatus.EXPIRED, now(), end, "guildmark",
                        "validity ended " + grant.terms().validUntil()));
                return true;
            });
            expired += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return expired;
    }

    // ----- uses and deletion

    /** The grantee records a use of the grant; it must have permitted the use when it was made. */
    public GrantUse recordUse(Caller caller, UUID id, NewUse use) {
        return transactions.execute(status -> {
            ConsentGrant grant = locked(caller, id);
            if (!(caller instanceof Caller.Production production)) {
                throw new NotPermitted("Only the grantee's production account records uses.");
            }
            Instant now = now();
            Instant usedAt = use.usedAt() == null ? now : use.usedAt();
            if (usedAt.isAfter(now.plusSeconds(60))) {
                throw InvalidInput.at("/usedAt", "A use is recorded once made; usedAt is in the future.");
            }
            GrantScope scope = grant.terms().scope();
            if (use.production() != null) {
                Organizations.Production made = organizations.findProduction(use.production())
                        .filter(p -> p.organization().equals(production.organization()))
                        .orElseThrow(() -> InvalidInput.at("/production",
                                "No production of your organization has this id."));
                if (!scope.general() && !scope.production().equals(made.id())) {
                    throw new Conflict("/production", "The grant covers another production only.");
                }
            } else if (!scope.general()) {
                throw InvalidInput.at("/production", "Name the production the use was made in.");
            }
            if (scope.general()) {
                if (use.model() == null) {
                    throw InvalidInput.at("/model",
                            "A general model-training grant is used by training a model: name it.");
                }
                if (!scope.models().isEmpty() && !scope.models().contains(use.model())) {
                    throw new Conflict("/model", "The grant is limited to the models " + scope.models() + ".");
                }
            }
            LocalDate day = LocalDate.ofInstant(usedAt, ZoneOffset.UTC);
            boolean inForce = grant.statusAt(usedAt).map(ConsentStatus::permitsUse).orElse(false);
            if (!inForce || day.isBefore(grant.terms().validFrom()) || day.isAfter(grant.terms().validUntil())) {
                throw new Conflict("/usedAt", "The grant did not permit use at " + usedAt + " (it was "
                        + grant.statusAt(usedAt).map(ConsentStatus::code).orElse("not yet recorded")
                        + ", valid " + grant.terms().validFrom() + " to " + grant.terms().validUntil() + ").");
            }
            GrantUse recorded = uses.record(grant.id(), production.organization(), use.production(), use.asset(),
                    use.model(), usedAt, now, production.username());
            if (grant.endedAt() != null) {
                // A use reported after the withdrawal (made before it took effect) must be deleted too.
                List<UUID> created = createObligations(grant, grant.endedAt());
                if (!created.isEmpty()) {
                    events.publishEvent(new ConsentWithdrawn(grant.id(), grant.terms().person(),
                            grant.terms().grantee(), grant.status(), grant.endedAt(), created));
                }
            }
            return recorded;
        });
    }

    /** The organization confirms it deleted, with the SHA-256 of its evidence and what it shows. */
    public DeletionObligation confirmDeletion(Caller caller, UUID id, String evidenceSha256, String description) {
        return transactions.execute(status -> {
            DeletionObligation obligation = obligation(caller, id);
            if (!(caller instanceof Caller.Production production)) {
                throw new NotPermitted("Only the obliged organization's production account confirms deletion.");
            }
            if (obligation.confirmation() != null) {
                throw new Conflict(null, "This deletion was confirmed already, on "
                        + obligation.confirmation().confirmedAt() + ".");
            }
            Instant confirmedAt = now();
            obligations.confirm(obligation.id(),
                    new Confirmation(evidenceSha256, description, confirmedAt, production.username()));
            events.publishEvent(new DeletionConfirmed(obligation.id(), obligation.grant(), obligation.organization(),
                    obligation.production(), confirmedAt));
            return obligations.find(obligation.id()).orElseThrow();
        });
    }

    /**
     * Publishes {@link DeletionObligationOverdue} once for each obligation newly overdue; returns those. For a
     * scheduler; certification and enforcement listen.
     */
    public List<DeletionObligation> escalateOverdue() {
        List<DeletionObligation> escalated = new ArrayList<>();
        for (DeletionObligation overdue : overdueObligations()) {
            Boolean first = transactions.execute(status -> {
                if (!obligations.markEscalated(overdue.id(), now())) {
                    return false;
                }
                events.publishEvent(new DeletionObligationOverdue(overdue.id(), overdue.grant(),
                        overdue.organization(), overdue.production(), overdue.model(), overdue.dueAt()));
                return true;
            });
            if (Boolean.TRUE.equals(first)) {
                escalated.add(overdue);
            }
        }
        return escalated;
    }

    // ----- internals

    private interface Change {
        ConsentGrant apply(ConsentGrant grant);
    }

    /** Runs a change on a visible grant, locked, in one transaction. */
    private ConsentGrant change(Caller caller, UUID id, Change change) {
        return transactions.execute(status -> change.apply(locked(caller, id)));
    }

    /**
     * Ends a grant (withdrawal, revocation, invalidation) so that no consent check can answer permit for an instant
     * at or after the ending's effective instant, however the two race.
     *
     * <p>Why this holds. A check reads the grant row (with its ending mark) at some instant S, after it fixed the
     * instant it judges, {@code at} ≤ now ≤ S (a check for a later instant is a forecast on the registry as it
     * stands, see docs/consent-checks.md). Here the mark is committed first, in its own transaction (instant M);
     * the ending is stamped afterwards, inside the second transaction while holding the grant's row lock, from the
     * clock, so its effective instant E ≥ its stamp > M; and the mark stays until that second transaction commits
     * (C), which also clears it. A check reading at S therefore either reads before M, and then at ≤ S < M < E, so
     * a permit is for an instant before the ending; or between M and C, sees the mark, and does not permit under
     * this grant; or after C, and then its later reads of the history (each statement sees what was committed
     * before it began) include the ending. The second transaction verifies that the mark it finds is the one in
     * force since before its stamp, so a mark removed by {@link #clearStaleEndings} in the meantime cannot break the
     * argument. The clock of the checking and the ending server must agree (one server, or synchronised clocks).
     */
    private ConsentGrant ending(Caller caller, UUID id, ConsentStatus to,
            java.util.function.Consumer<ConsentGrant> mayEnd, Change change) {
        ConsentGrant visible = grant(caller, id);
        // Refused before any mark, so a caller who may not end the grant cannot make checks deny even briefly.
        mayEnd.accept(visible);
        GrantLifecycle.require(visible.status(), to);
        Instant mark = grants.markEnding(visible.id(), to.code(), now());
        try {
            return transactions.execute(status -> {
                ConsentGrant grant = locked(caller, id);
                if (!mark.equals(grants.endingSince(grant.id()))) {
                    throw new Conflict(null, "Another change of this grant was under way; try again.");
                }
                ConsentGrant after = change.apply(grant);
                grants.clearEnding(grant.id(), mark);
                return after;
            });
        } finally {
            // A refused or failed ending leaves no mark (after a success there is none left to clear).
            grants.clearEnding(visible.id(), mark);
        }
    }

    /** Removes ending marks older than a minute: a server stopped between marking and ending a grant. */
    public int clearStaleEndings() {
        return grants.clearStaleEndings(now().minus(Duration.ofMinutes(1)));
    }

    private ConsentGrant locked(Caller caller, UUID id) {
        ConsentGrant visible = grant(caller, id);
        grants.lock(visible.id());
        // Read again under the lock: another change may have committed since.
        return grants.find(visible.id()).orElseThrow();
    }

    /** Appends a status change allowed by the lifecycle, with its receipt. */
    private ConsentGrant appendStatus(ConsentGrant grant, ConsentEvent event) {
        GrantLifecycle.require(grant.status(), event.status());
        ConsentGrant after = grants.append(grant.id(), event);
        receipts.insert(issuer.issue(after, after.history().size() - 1));
        return after;
    }

    /** A withdrawal, revocation or invalidation: the change, the deletion obligations, and the event. */
    private ConsentGrant end(ConsentGrant grant, ConsentEvent event) {
        ConsentGrant after = appendStatus(grant, event);
        List<UUID> created = createObligations(after, event.effectiveAt());
        events.publishEvent(new ConsentWithdrawn(after.id(), after.terms().person(), after.terms().grantee(),
                event.status(), event.effectiveAt(), created));
        return after;
    }

    /** One obligation per organization, production and model that used the grant and has none yet. */
    private List<UUID> createObligations(ConsentGrant grant, Instant effectiveAt) {
        record Obliged(UUID organization, UUID production, String model) {
        }
        Set<Obliged> existing = new HashSet<>();
        for (DeletionObligation obligation : obligations.ofGrant(grant.id())) {
            existing.add(new Obliged(obligation.organization(), obligation.production(), obligation.model()));
        }
        Set<Obliged> obliged = new LinkedHashSet<>();
        for (GrantUse use : uses.of(grant.id())) {
            obliged.add(new Obliged(use.organization(), use.production(), use.model()));
        }
        obliged.removeAll(existing);
        Deletion deletion = grant.terms().deletion();
        int withinDays = deletion == null || deletion.withinDays() == null
                ? DEFAULT_DELETION_DAYS : deletion.withinDays();
        String method = deletion == null || deletion.method() == null ? DEFAULT_DELETION_METHOD : deletion.method();
        Instant now = now();
        Instant from = effectiveAt.isBefore(now) ? now : effectiveAt;
        List<UUID> created = new ArrayList<>();
        for (Obliged o : obliged) {
            created.add(obligations.create(grant.id(), o.organization(), o.production(), o.model(), method, now,
                    from.plus(Duration.ofDays(withinDays))).id());
        }
        return created;
    }

    /** A requested grant the person has given becomes given once no approval of clause 3.4 is missing. */
    private ConsentGrant settle(ConsentGrant grant, String actor) {
        if (grant.status() != ConsentStatus.REQUESTED || grant.terms().givenOn() == null
                || !pendingApprovals(grant).isEmpty()) {
            return grant;
        }
        return appendStatus(grant, ConsentEvent.at(ConsentStatus.GIVEN, now(), actor,
                "given, with every approval clause 3.4 requires"));
    }

    private static void requireStatus(ConsentGrant grant, ConsentStatus to) {
        GrantLifecycle.require(grant.status(), to);
    }

    private String personSide(Caller caller, ConsentGrant grant) {
        return caller.speaksFor(grant.terms().person()).orElseThrow(() -> new NotPermitted(
                "Only the person, or a representative acting for them, may do this."));
    }

    private static String guild(Caller caller, String what) {
        if (caller instanceof Caller.Guild guild) {
            return guild.username();
        }
        throw new NotPermitted("Only a guild officer may " + what + " a grant; the person withdraws it instead.");
    }

    private static void requireReceiptReader(Caller caller) {
        if (caller instanceof Caller.Production || caller instanceof Caller.Outsider) {
            throw new NotPermitted("Receipts are the person's; ask them or the guild.");
        }
    }

    private boolean seesObligation(Caller caller, DeletionObligation obligation) {
        if (caller instanceof Caller.Production production) {
            return obligation.organization().equals(production.organization());
        }
        return grants.find(obligation.grant()).map(caller::sees).orElse(false);
    }

    private String pending(ConsentGrant grant) {
        List<ApprovalRelation> missing = pendingApprovals(grant);
        if (missing.isEmpty()) {
            return grant.terms().givenOn() == null ? "the person's consent" : "nothing";
        }
        return String.join(" and ", missing.stream().map(r -> "a " + code(r) + " approval").toList());
    }

    private static boolean approved(ConsentGrant grant, String by, ApprovalRelation relation) {
        return grant.terms().approvals().stream().anyMatch(a -> a.by().equals(by) && a.relation() == relation);
    }

    /** The approval a representative's act stands for: a guardian's, estate's or conservator's; an agent's none. */
    public static java.util.Optional<ApprovalRelation> approvalOf(Representation representation) {
        return switch (representation.relation()) {
            case GUARDIAN -> java.util.Optional.of(ApprovalRelation.GUARDIAN);
            case ESTATE -> java.util.Optional.of(ApprovalRelation.ESTATE);
            case CONSERVATOR -> java.util.Optional.of(ApprovalRelation.CONSERVATOR);
            case AGENT -> java.util.Optional.empty();
        };
    }

    private static String code(Enum<?> value) {
        return Codes.code(value);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

}
