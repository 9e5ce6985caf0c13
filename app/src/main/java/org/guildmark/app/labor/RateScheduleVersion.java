package org.guildmark.app.labor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One version of a guild rate schedule: in force from {@code effectiveFrom} until a later-starting version. */
public record RateScheduleVersion(UUID id, UUID schedule, int number, LocalDate effectiveFrom, String note,
        String fileName, String importedBy, Instant importedAt) {
}
