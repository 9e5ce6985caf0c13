package org.guildmark.app.registry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One status change of a grant, as appended to its history. Instants are kept to the microsecond, as stored.
 *
 * @param recordedAt  when the change was recorded
 * @param effectiveAt when it takes effect (a withdrawal after its notice period)
 * @param actor       who made the change (the person, a representative, an officer)
 * @param reason      why, or null
 */
public record ConsentEvent(ConsentStatus status, Instant recordedAt, Instant effectiveAt, String actor,
        String reason) {

    public ConsentEvent {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(actor, "actor");
        recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
        effectiveAt = effectiveAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** A change that takes effect when it is recorded. */
    public static ConsentEvent at(ConsentStatus status, Instant at, String actor, String reason) {
        return new ConsentEvent(status, at, at, actor, reason);
    }
}
