package org.guildmark.app.registry;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.guildmark.core.dossier.Consent.Approval;
import org.guildmark.core.dossier.Consent.Compensation;
import org.guildmark.core.dossier.Consent.Deletion;
import org.guildmark.core.dossier.Consent.Informed;
import org.guildmark.core.dossier.Consent.Revocation;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.Purpose;

/**
 * The terms of a consent grant: the fields of a dossier consent, plus the grantee organization and the evidence.
 * {@code givenOn}, {@code compensation}, {@code revocation}, {@code deletion} and {@code informed} may be null,
 * so a check can say which term of clause 3.2 is missing.
 *
 * @param grantedBy the person's own name, or the name of the representative who consented for them
 */
public record GrantTerms(
        UUID person,
        UUID grantee,
        String grantedBy,
        LocalDate givenOn,
        Set<Aspect> aspects,
        Set<Purpose> purposes,
        GrantScope scope,
        LocalDate validFrom,
        LocalDate validUntil,
        Compensation compensation,
        Revocation revocation,
        Deletion deletion,
        Informed informed,
        Evidence evidence,
        List<Approval> approvals) {

    public GrantTerms {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(grantee, "grantee");
        Objects.requireNonNull(grantedBy, "grantedBy");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(evidence, "evidence");
        if (aspects.isEmpty() || purposes.isEmpty()) {
            throw new IllegalArgumentException("a grant names at least one aspect and one purpose");
        }
        if (validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("validUntil " + validUntil + " is before validFrom " + validFrom);
        }
        aspects = Set.copyOf(EnumSet.copyOf(aspects));
        purposes = Set.copyOf(EnumSet.copyOf(purposes));
        approvals = List.copyOf(approvals);
    }
}
