package org.guildmark.app.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.guildmark.app.security.ApiCaller;
import org.guildmark.app.security.BadApiRequest;
import org.guildmark.app.security.Role;
import org.guildmark.core.consent.ConsentDecision;
import org.guildmark.core.consent.ConsentQuery;
import org.guildmark.core.consent.ConsentRegistry;
import org.guildmark.core.consent.DenyReason;
import org.springframework.stereotype.Service;

/**
 * The registry as core's audit asks it, in this process: what a server-side audit of an uploaded dossier uses, so
 * it is judged by the same checks as {@code POST /api/v1/consent-checks/batch} and the offline
 * {@code guildmark audit --registry}.
 */
@Service
public class RegistryDecisions {

    private final ConsentChecks checks;

    RegistryDecisions(ConsentChecks checks) {
        this.checks = checks;
    }

    /** The registry, answering for the grants made to {@code organization} only. */
    public ConsentRegistry forOrganization(UUID organization) {
        ApiCaller caller = new ApiCaller(Role.PRODUCTION, organization, Set.of(), null);
        return queries -> decide(queries, caller);
    }

    private List<ConsentDecision> decide(List<ConsentQuery> queries, ApiCaller caller) {
        List<CheckQuery> asked = new ArrayList<>(queries.size());
        List<Integer> positions = new ArrayList<>(queries.size());
        List<ConsentDecision> decisions = new ArrayList<>(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            ConsentQuery q = queries.get(i);
            UUID person = uuid(q.person());
            decisions.add(null);
            if (person == null) {
                // A registryId that is no registry id names nobody the registry holds consent for.
                decisions.set(i, new ConsentDecision.Deny(List.of(DenyReason.NO_CONSENT)));
                continue;
            }
            asked.add(new CheckQuery(person, q.production(), null, q.aspects(), q.acceptablePurposes(), q.at(),
                    "/queries/" + i));
            positions.add(i);
        }
        if (!asked.isEmpty()) {
            List<ConsentDecision> answers;
            try {
                answers = checks.decide(asked, caller);
            } catch (ConsentChecks.NotYourGrants | BadApiRequest refused) {
                throw new ConsentRegistry.Unavailable("the registry refused a question: " + refused.getMessage(),
                        refused);
            }
            for (int k = 0; k < answers.size(); k++) {
                decisions.set(positions.get(k), answers.get(k));
            }
        }
        return decisions;
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
