package org.guildmark.app.registry;

import java.util.List;

import org.guildmark.core.dossier.Consent;
import org.guildmark.core.dossier.Person;

/**
 * A registry grant and person as core's pure model, so the registry asks {@link
 * org.guildmark.core.consent.ConsentEvaluator} the same questions the offline audit does instead of repeating
 * its rules. Ids become their string form.
 */
public final class CoreConsent {

    private CoreConsent() {
    }

    public static Consent of(java.util.UUID id, GrantTerms terms, java.time.Instant endedAt) {
        GrantScope scope = terms.scope();
        return new Consent(0, id == null ? "new" : id.toString(), terms.person().toString(), terms.grantedBy(),
                terms.givenOn(), terms.aspects(), terms.purposes(),
                new Consent.Scope(scope.general() ? null : scope.production().toString(), scope.general(),
                        scope.models()),
                terms.validFrom(), terms.validUntil(), terms.compensation(), terms.revocation(), terms.deletion(),
                terms.informed(), terms.approvals(), endedAt);
    }

    public static Consent of(ConsentGrant grant) {
        return of(grant.id(), grant.terms(), grant.endedAt());
    }

    public static Person of(RegisteredPerson person) {
        return new Person(0, person.id().toString(), person.name(), person.category(), person.dateOfBirth(),
                person.dateOfDeath(), person.representatives(), null);
    }

    /** Copies terms with other approvals. */
    static GrantTerms withApprovals(GrantTerms terms, List<Consent.Approval> approvals) {
        return new GrantTerms(terms.person(), terms.grantee(), terms.grantedBy(), terms.givenOn(), terms.aspects(),
                terms.purposes(), terms.scope(), terms.validFrom(), terms.validUntil(), terms.compensation(),
                terms.revocation(), terms.deletion(), terms.informed(), terms.evidence(), approvals);
    }
}
