package org.guildmark.app.wallet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

import org.guildmark.core.dossier.Wire;

/** How the pages write instants, days and codes: in words a person reads, times in UTC. */
final class Shown {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Shown() {
    }

    static String day(LocalDate day) {
        return day == null ? "—" : DAY.format(day);
    }

    static String day(Instant instant) {
        return instant == null ? "—" : DAY.format(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    static String moment(Instant instant) {
        return instant == null ? "—" : MOMENT.format(instant);
    }

    /** E.g. {@code SYNTHETIC_MEDIA} as "synthetic media". */
    static String word(Enum<?> value) {
        return value == null ? "—" : Wire.code(value).replace('-', ' ').replace('_', ' ');
    }

    static String words(Collection<? extends Enum<?>> values) {
        return values.stream().map(Shown::word).sorted().collect(Collectors.joining(", "));
    }
}
