package org.guildmark.app.certification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One reason a certificate is suspended. A consent hold waits for the deletions it lists; it is released when each
 * is confirmed. An officer's or a sanction's hold is released by an officer.
 *
 * @param reference what caused it: the grant's id for consent, the obligation's for an overdue deletion, the
 *                  sanction's id, or null for an officer
 */
public record Hold(UUID id, String certificate, HoldCause cause, String reference, Instant openedAt,
        Instant releasedAt, List<Owed> owed) {

    public Hold {
        owed = List.copyOf(owed);
    }

    /** A deletion the hold waits for, and when it was confirmed (null while owed). */
    public record Owed(UUID obligation, Instant confirmedAt) {
    }

    public boolean open() {
        return releasedAt == null;
    }

    /** Whether every deletion it waits for is confirmed; a hold that waits for none waits for an officer. */
    public boolean deletionsConfirmed() {
        return !owed.isEmpty() && owed.stream().allMatch(o -> o.confirmedAt() != null);
    }
}
