package org.guildmark.app.registry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published when a grant stops permitting use: withdrawn by the person, revoked by the guild, or found invalid.
 * Carries ids only, no personal data. Certification and enforcement react to it (a certificate relying on the
 * grant, obligations to follow).
 *
 * @param status      {@code WITHDRAWN}, {@code REVOKED} or {@code INVALIDATED}
 * @param effectiveAt when the grant stops permitting use (a withdrawal after its notice period)
 * @param obligations the deletion obligations it created, one per organization, production and model that used it
 */
public record ConsentWithdrawn(UUID grant, UUID person, UUID grantee, ConsentStatus status, Instant effectiveAt,
        List<UUID> obligations) {

    public ConsentWithdrawn {
        obligations = List.copyOf(obligations);
    }
}
