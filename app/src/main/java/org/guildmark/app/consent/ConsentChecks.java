package org.guildmark.app.consent;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.guildmark.app.consent.CandidateConsents.Candidate;
import org.guildmark.app.consent.CandidateConsents.Loaded;
import org.guildmark.app.consent.CandidateConsents.Production;
import org.guildmark.app.security.ApiCaller;
import org.guildmark.app.security.BadApiRequest;
import org.guildmark.core.consent.ConsentDecision;
import org.guildmark.core.consent.ConsentEvaluator;
import org.guildmark.core.consent.ConsentQuery;
import org.guildmark.core.consent.DenyReason;
import org.guildmark.core.dossier.Person;
import org.springframework.stereotype.Service;

/**
 * Answers consent checks: finds who the grantee of each query is, refuses what the caller may not ask, loads the
 * candidate grants of every person of the batch at once, and lets core's evaluator decide each query.
 *
 * <p>Only the grantee's own grants are candidates, so a consent given to someone else is simply
 * {@code no-consent}, and an unknown person looks the same as one without consent: a denial tells nothing about
 * other people or other organizations.
 */
@Service
class ConsentChecks {

    private final CandidateConsents candidates;
    private final KnownProductions productions;

    ConsentChecks(CandidateConsents candidates) {
        this.candidates = candidates;
        this.productions = new KnownProductions(candidates);
    }

    /** A query about grants the caller may not see: another organization's production or grantee. */
    static final class NotYourGrants extends RuntimeException {
        private final String pointer;

        NotYourGrants(String pointer, String detail) {
            super(detail, null, false, false);
            this.pointer = pointer;
        }

        String pointer() {
            return pointer;
        }
    }

    /** The decisions for {@code queries}, in their order. */
    List<ConsentDecision> decide(List<CheckQuery> queries, ApiCaller caller) {
        Set<String> references = new HashSet<>();
        for (CheckQuery q : queries) {
            if (q.production() != null) {
                references.add(q.production());
            }
        }
        Map<String, Production> named = references.isEmpty() ? Map.of() : productions.of(references);
        List<Target> targets = new ArrayList<>(queries.size());
        Set<UUID> people = new HashSet<>();
        Set<UUID> grantees = new HashSet<>();
        for (CheckQuery q : queries) {
            Target target = target(q, named, caller);
            targets.add(target);
            people.add(q.person());
            grantees.add(target.grantee());
        }
        Loaded loaded = candidates.load(people, grantees);
        List<ConsentDecision> decisions = new ArrayList<>(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            decisions.add(decide(queries.get(i), targets.get(i), loaded));
        }
        return decisions;
    }

    /** The grantee whose grants answer a query and the production (registry id) it is for, if any. */
    private record Target(UUID grantee, String production) {
    }

    private static Target target(CheckQuery q, Map<String, Production> productions, ApiCaller caller) {
        if (q.production() != null) {
            Production production = productions.get(q.production());
            if (production == null || !caller.mayActFor(production.organization())) {
                if (!caller.actsForGuild()) {
                    // Unknown and not-yours look alike, so a caller cannot probe other organizations' productions.
                    throw new NotYourGrants(q.pointer() + "/production", "'" + q.production()
                            + "' is not a production of your organization.");
                }
                throw new BadApiRequest(q.pointer() + "/production", "No production has the id or code '"
                        + q.production() + "'.");
            }
            if (q.grantee() != null && !q.grantee().equals(production.organization())) {
                throw new BadApiRequest(q.pointer() + "/grantee",
                        "The grantee is not the organization of the production; name one or the other.");
            }
            return new Target(production.organization(), production.id().toString());
        }
        UUID grantee = q.grantee() != null ? q.grantee() : caller.organization();
        if (grantee == null) {
            throw new BadApiRequest(q.pointer() + "/production", "Name the production (or the grantee) to check for.");
        }
        if (!caller.mayActFor(grantee)) {
            throw new NotYourGrants(q.pointer() + "/grantee", "You may check only your own organization's grants.");
        }
        return new Target(grantee, null);
    }

    private static ConsentDecision decide(CheckQuery q, Target target, Loaded loaded) {
        ConsentQuery query = new ConsentQuery(q.person().toString(), target.production(), q.aspects(), q.purposes(),
                q.at());
        Person subject = loaded.people().get(q.person());
        EnumSet<DenyReason> unmet = EnumSet.noneOf(DenyReason.class);
        for (Candidate candidate : loaded.of(q.person())) {
            if (!candidate.grantee().equals(target.grantee())) {
                continue;
            }
            String status = candidate.statusAt(q.at());
            DenyReason byStatus = reasonOf(status);
            if (status == null || byStatus == DenyReason.NO_CONSENT) {
                continue; // not yet recorded, refused or invalidated: no consent at all
            }
            if (candidate.ending() != null) {
                // Being withdrawn, revoked or invalidated right now: answered as ended, so no permit can fall
                // after the ending's effective instant (ConsentRegistry.ending says why this suffices).
                DenyReason ended = reasonOf(candidate.ending());
                unmet.add(ended == null ? DenyReason.NO_CONSENT : ended);
                continue;
            }
            List<DenyReason> reasons = ConsentEvaluator.check(query, candidate.consent(), subject);
            if (reasons.isEmpty() && byStatus == null) {
                return new ConsentDecision.Permit(candidate.consent().id());
            }
            unmet.addAll(reasons);
            if (byStatus != null) {
                unmet.add(byStatus);
            }
        }
        return new ConsentDecision.Deny(unmet.isEmpty() ? List.of(DenyReason.NO_CONSENT) : List.copyOf(unmet));
    }

    /**
     * What a status in force says of its own: null for {@code given} and {@code renewed} (the terms decide),
     * else the reason it does not permit use. {@code requested} awaits the person's consent or the approvals of
     * clause 3.4.
     */
    static DenyReason reasonOf(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "given", "renewed" -> null;
            case "requested" -> DenyReason.APPROVAL_PENDING;
            case "withdrawn" -> DenyReason.WITHDRAWN;
            case "revoked" -> DenyReason.REVOKED;
            case "expired" -> DenyReason.EXPIRED;
            default -> DenyReason.NO_CONSENT; // refused, invalidated
        };
    }
}
