package org.guildmark.app.registry;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What an organization that used a grant must delete after the grant was withdrawn or revoked: everything made
 * with it in {@code production} (and, for model training, {@code model}), by {@code dueAt}, using {@code method}.
 *
 * @param confirmation the organization's confirmation with evidence, or null while open
 */
public record DeletionObligation(UUID id, UUID grant, UUID organization, UUID production, String model,
        String method, Instant createdAt, Instant dueAt, Confirmation confirmation) {

    /** Open until confirmed; overdue when still open after its due instant. */
    public enum State {
        OPEN, OVERDUE, CONFIRMED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The deletion confirmed, with the SHA-256 of the evidence and what it shows. */
    public record Confirmation(String evidenceSha256, String description, Instant confirmedAt, String confirmedBy) {
    }

    public DeletionObligation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    public State stateAt(Instant now) {
        if (confirmation != null) {
            return State.CONFIRMED;
        }
        return now.isAfter(dueAt) ? State.OVERDUE : State.OPEN;
    }
}
