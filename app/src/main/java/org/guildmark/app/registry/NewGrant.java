package org.guildmark.app.registry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.guildmark.core.dossier.Consent.Compensation;
import org.guildmark.core.dossier.Consent.Deletion;
import org.guildmark.core.dossier.Consent.Informed;
import org.guildmark.core.dossier.Consent.Revocation;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.Purpose;

/**
 * A grant as asked for: its terms without who gave it, when, and the approvals, which the registry records from
 * who acts. Optional terms may be null.
 */
public record NewGrant(UUID person, UUID grantee, Set<Aspect> aspects, Set<Purpose> purposes, GrantScope scope,
        LocalDate validFrom, LocalDate validUntil, Compensation compensation, Revocation revocation,
        Deletion deletion, Informed informed, Evidence evidence) {

    public NewGrant {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(grantee, "grantee");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(evidence, "evidence");
        aspects = Set.copyOf(aspects);
        purposes = Set.copyOf(purposes);
    }
}
