package org.guildmark.app.labor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.guildmark.core.dossier.Money;

/**
 * A role a production replaced with AI: how many workers it displaced (counted, never named), the union Local
 * they belong to, and the support promised them with its follow-up.
 */
public record Displacement(UUID id, UUID production, String role, String department, String unionLocal,
        int workers, LocalDate displacedOn, LocalDate unionNotifiedOn, String note, String recordedBy,
        Instant recordedAt, List<Support> support) {

    public Displacement {
        support = List.copyOf(support);
    }

    public int deliveredCount() {
        return (int) support.stream().filter(Support::delivered).count();
    }

    public int overdueCount(LocalDate today) {
        return (int) support.stream().filter(s -> s.overdueOn(today)).count();
    }

    /** Support promised; {@code amount} may be absent (retraining places, a redeployment), {@code delivery} too. */
    public record Support(UUID id, UUID displacement, SupportKind kind, String description, int workers,
            Money amount, LocalDate dueOn, String promisedBy, Instant promisedAt, Delivery delivery) {

        public boolean delivered() {
            return delivery != null;
        }

        /** Promised, not delivered, and due before {@code today}. */
        public boolean overdueOn(LocalDate today) {
            return delivery == null && dueOn.isBefore(today);
        }
    }

    /** The confirmation that promised support was given. */
    public record Delivery(LocalDate deliveredOn, String note, String recordedBy, Instant recordedAt) {
    }
}
