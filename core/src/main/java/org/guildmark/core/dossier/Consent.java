package org.guildmark.core.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A consent the production relies on (clause 3). Optional parts are null when absent, so the audit can say
 * which term of clause 3.2 is missing.
 */
public record Consent(
        int index,
        String id,
        String person,
        String grantedBy,
        LocalDate givenAt,
        Set<Enums.Aspect> aspects,
        Set<Enums.Purpose> purposes,
        Scope scope,
        LocalDate validFrom,
        LocalDate validUntil,
        Compensation compensation,
        Revocation revocation,
        Deletion deletion,
        Informed informed,
        List<Approval> approvals,
        Instant revokedAt) {

    /** Either one production, or general model training (optionally limited to named models). */
    public record Scope(String production, boolean general, List<String> models) {
        public boolean covers(String productionId) {
            return general || (production != null && production.equals(productionId));
        }
    }

    public record Compensation(Money money, Enums.CompensationBasis basis) {
    }

    public record Revocation(String contact, Integer noticeDays) {
    }

    public record Deletion(String method, Integer withinDays) {
    }

    public record Informed(String document, String language) {
    }

    public record Approval(String by, Enums.ApprovalRelation relation, LocalDate at) {
    }

    public String pointer() {
        return "/consents/" + index;
    }
}
