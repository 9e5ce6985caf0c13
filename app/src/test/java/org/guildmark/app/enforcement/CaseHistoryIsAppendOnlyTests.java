package org.guildmark.app.enforcement;

import java.io.IOException;

import org.guildmark.app.AppendOnlyTables;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A case's log and a member's status history are never rewritten: no code of the server updates or deletes them. */
class CaseHistoryIsAppendOnlyTests {

    private static final AppendOnlyTables HISTORY = AppendOnlyTables.of("enforcement_event", "membership_event");

    @Test
    void no_source_of_the_server_updates_or_deletes_a_case_event_or_a_membership_event() throws IOException {
        HISTORY.assertNoServerSourceRewrites("case or membership history");
    }

    @Test
    void the_check_recognizes_a_rewrite() {
        assertThat(HISTORY.rewrittenBy("jdbc.sql(\"UPDATE enforcement_event SET refused = FALSE\")")).isTrue();
        assertThat(HISTORY.rewrittenBy("DELETE\n FROM membership_event WHERE id = 1")).isTrue();
        assertThat(HISTORY.rewrittenBy("INSERT INTO enforcement_event (kind) VALUES ('x')")).isFalse();
    }
}
