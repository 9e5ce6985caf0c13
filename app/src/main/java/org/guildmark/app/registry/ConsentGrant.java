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

    /**
     * The status in force at {@code instant}: that of the last change in the history that took effect by then,
     * or empty before the first. A withdrawal with notice is recorded at once but takes effect later, so until
     * then the earlier status holds.
     */
    public java.util.Optional<ConsentStatus> statusAt(java.time.Instant instant) {
        ConsentStatus inForce = null;
        for (ConsentEvent event : history) {
            if (!event.effectiveAt().isAfter(instant)) {
                inForce = event.status();
            }
        }
        return java.util.Optional.ofNullable(inForce);
    }

    /** When the grant stopped permitting use (a withdrawal or revocation takes effect), or null. */
    public java.time.Instant endedAt() {
        for (ConsentEvent event : history) {
            if (event.status() == ConsentStatus.WITHDRAWN || event.status() == ConsentStatus.REVOKED
                    || event.status() == ConsentStatus.INVALIDATED) {
                return event.effectiveAt();
            }
        }
        return null;
    }
}
