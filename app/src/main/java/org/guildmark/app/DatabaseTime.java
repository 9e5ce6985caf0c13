package org.guildmark.app;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants as every module's tables keep them ({@code TIMESTAMP WITH TIME ZONE}): written in UTC, cut to the
 * microseconds PostgreSQL stores, so what H2 and PostgreSQL give back is the same instant that was written.
 */
public final class DatabaseTime {
    private DatabaseTime() {
    }

    /** The value to bind for {@code instant}; null stays null. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /** The instant in {@code column}, or null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
