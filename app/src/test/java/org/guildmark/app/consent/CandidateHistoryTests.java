package org.guildmark.app.consent;

import java.time.Instant;

import java.time.LocalDate;

import org.guildmark.app.consent.CandidateConsents.StatusChange;
import org.guildmark.core.dossier.Consent;
import org.guildmark.core.dossier.Enums.ApprovalRelation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the candidates statement aggregates per grant: the status history as {@code status micros} pairs, in order,
 * and each approval as {@code relation epoch-seconds approved-by}.
 */
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

    @Test
    void reads_an_approval_whose_name_holds_spaces_commas_and_quotes() {
        assertThat(CandidateConsents.approval("heightened-review 1772582400 O'Brien, \"Anne\" {2}"))
                .isEqualTo(new Consent.Approval("O'Brien, \"Anne\" {2}", ApprovalRelation.HEIGHTENED_REVIEW,
                        LocalDate.parse("2026-03-04")));
        assertThat(CandidateConsents.approval("guardian -310176000 Karin").at())
                .isEqualTo(LocalDate.parse("1960-03-04"));
    }
}
