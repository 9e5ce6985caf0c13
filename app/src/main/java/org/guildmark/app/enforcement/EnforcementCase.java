package org.guildmark.app.enforcement;

import java.time.Instant;
import java.util.UUID;

/**
 * A case as its row keeps it: its latest state (always the last state event of its log), the deadline of that
 * state, and what it is about. {@code organization} is the production's organization when there is a production.
 */
public record EnforcementCase(UUID id, String reference, CaseOrigin origin, CaseState state, Instant stateSince,
        Instant dueAt, Instant remindedAt, UUID production, UUID organization, UUID person, ReporterKind reporter,
        Instant createdAt, Instant closedAt, Instant purgedAt) {

    public enum ReporterKind {
        ANONYMOUS, NAMED, AUTOMATIC;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static ReporterKind ofCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public boolean overdueAt(Instant now) {
        return dueAt != null && !state.ended() && now.isAfter(dueAt);
    }

    /** Reported by a person who can come back with a receipt. */
    public boolean hasReporter() {
        return reporter != ReporterKind.AUTOMATIC;
    }
}
