package org.guildmark.app.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * Published when an organization confirms it deleted what a withdrawn grant covered, so certification can reinstate
 * a certificate suspended until then. Ids only, no personal data.
 */
public record DeletionConfirmed(UUID obligation, UUID grant, UUID organization, UUID production,
        Instant confirmedAt) {
}
