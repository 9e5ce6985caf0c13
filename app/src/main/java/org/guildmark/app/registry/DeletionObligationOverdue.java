package org.guildmark.app.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * Published once for each deletion obligation still unconfirmed after its due instant, so certification can
 * suspend the production's certificate and enforcement can open a case. Ids only, no personal data.
 */
public record DeletionObligationOverdue(UUID obligation, UUID grant, UUID organization, UUID production,
        String model, Instant dueAt) {
}
