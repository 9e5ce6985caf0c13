package org.guildmark.app.consent;

import java.time.Instant;

import org.guildmark.app.consent.CandidateConsents.StatusChange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The status history as the candidates statement aggregates it: {@code status micros} pairs, in order. */
class CandidateHistoryTests {

    @Test
    void reads_each_change_in_order_to_the_microsecond() {
        assertThat(CandidateConsents.history("given 1767261600123456,withdrawn 1769940000000000")).containsExactly(
                new StatusChange("given", Instant.parse("2026-01-01T10:00:00.123456Z")),
                new StatusChange("withdrawn", Instant.parse("2026-02-01T10:00:00Z")));
    }

    @Test
    void reads_instants_before_1970_and_no_history() {
        assertThat(CandidateConsents.history("given -315619199750000"))
                .containsExactly(new StatusChange("given", Instant.parse("1960-01-01T00:00:00.250Z")));
        assertThat(CandidateConsents.history(null)).isEmpty();
    }
}
