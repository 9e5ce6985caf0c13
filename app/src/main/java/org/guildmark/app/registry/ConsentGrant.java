package org.guildmark.app.registry;

import java.util.List;
import java.util.UUID;

/**
 * A grant in the registry: its terms, its current status and every status change so far, oldest first.
 * The id is the consent id a check answers with.
 */
public record ConsentGrant(UUID id, GrantTerms terms, ConsentStatus status, List<ConsentEvent> history) {

    public ConsentGrant {
        history = List.copyOf(history);
    }
}
