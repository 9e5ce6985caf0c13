package org.guildmark.core.rates;

import java.time.LocalDate;

import org.guildmark.core.dossier.Enums;
import org.guildmark.core.dossier.Money;

/** A minimum rate for a role and unit over a period; {@code validUntil} null means open-ended. */
public record RateEntry(String role, Enums.RateUnit unit, Money minimum, LocalDate validFrom, LocalDate validUntil) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil));
    }

    boolean overlaps(RateEntry other) {
        LocalDate end = validUntil == null ? LocalDate.MAX : validUntil;
        LocalDate otherEnd = other.validUntil == null ? LocalDate.MAX : other.validUntil;
        return !validFrom.isAfter(otherEnd) && !other.validFrom.isAfter(end);
    }
}
