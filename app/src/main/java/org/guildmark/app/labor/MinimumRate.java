package org.guildmark.app.labor;

import java.time.LocalDate;

import org.guildmark.core.dossier.Enums.RateUnit;
import org.guildmark.core.dossier.Money;
import org.guildmark.core.rates.RateEntry;

/**
 * One minimum of a schedule version, from line {@code line} of the CSV it was imported from. {@code validUntil}
 * null means until the version is superseded.
 */
public record MinimumRate(int line, String role, RoleKind kind, RateUnit unit, String tier, Money minimum,
        LocalDate validFrom, LocalDate validUntil) {

    boolean overlaps(MinimumRate other) {
        LocalDate end = validUntil == null ? LocalDate.MAX : validUntil;
        LocalDate otherEnd = other.validUntil == null ? LocalDate.MAX : other.validUntil;
        return !validFrom.isAfter(otherEnd) && !other.validFrom.isAfter(end);
    }

    boolean sameSlot(MinimumRate other) {
        return role.equals(other.role) && unit == other.unit && tier.equals(other.tier);
    }

    /** The core audit's entry, limited to {@code [from, until]} (until null: open-ended); null if nothing is left. */
    RateEntry entryWithin(LocalDate from, LocalDate until) {
        LocalDate start = validFrom.isBefore(from) ? from : validFrom;
        LocalDate end = validUntil == null ? until : until == null || validUntil.isBefore(until) ? validUntil : until;
        if (end != null && end.isBefore(start)) {
            return null;
        }
        return new RateEntry(role, unit, minimum, start, end);
    }
}
