package org.guildmark.core.rates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.guildmark.core.dossier.Enums;

/** A minimum-rate schedule (clause 2.1). Entries for one role and unit never overlap in time. */
public record RateSchedule(String id, String title, String note, List<RateEntry> entries) {

    /** The minimum in force on a date for a role and unit, if the schedule has one. */
    public Optional<RateEntry> minimumFor(String role, Enums.RateUnit unit, LocalDate on) {
        return entries.stream().filter(e -> e.role().equals(role) && e.unit() == unit && e.inForceOn(on)).findFirst();
    }

    public boolean covers(String role) {
        return entries.stream().anyMatch(e -> e.role().equals(role));
    }
}
