package org.guildmark.app.labor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One period's revenue, divided among the participants of the agreement in force when it was reported. */
public record RevenueReport(UUID id, UUID production, UUID agreement, LocalDate periodStart, LocalDate periodEnd,
        String currency, BigDecimal revenue, BigDecimal pool, String reportedBy, Instant reportedAt,
        List<StatementLine> lines) {

    public RevenueReport {
        lines = List.copyOf(lines);
    }

    /** A participant's statement line: the exact share before rounding and the amount paid. */
    public record StatementLine(int ordinal, String person, String name, BigDecimal percent, BigDecimal exact,
            BigDecimal amount) {
    }
}
