package org.guildmark.app.registry;

import java.io.IOException;

import org.guildmark.app.AppendOnlyTables;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** History is never rewritten: no code of the server updates or deletes a consent event. */
class ConsentHistoryIsAppendOnlyTests {

    private static final AppendOnlyTables HISTORY = AppendOnlyTables.of("consent_event");

    @Test
    void no_source_of_the_server_updates_or_deletes_a_consent_event() throws IOException {
        HISTORY.assertNoServerSourceRewrites("consent history");
    }

    @Test
    void the_check_recognizes_a_rewrite() {
        assertThat(HISTORY.rewrittenBy("jdbc.sql(\"UPDATE consent_event SET status = 'given'\")")).isTrue();
        assertThat(HISTORY.rewrittenBy("DELETE\n FROM consent_event WHERE id = 1")).isTrue();
        assertThat(HISTORY.rewrittenBy("INSERT INTO consent_event (grant_id) VALUES (1)")).isFalse();
    }
}
