package org.guildmark.app.enforcement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A case's log and a member's status history are never rewritten: no code of the server updates or deletes them. */
class CaseHistoryIsAppendOnlyTests {

    private static final Pattern REWRITE = Pattern.compile(
            "(?is)\\b(update\\s+(enforcement_event|membership_event)\\b"
                    + "|delete\\s+from\\s+(enforcement_event|membership_event)\\b)");

    @Test
    void no_source_of_the_server_updates_or_deletes_a_case_event_or_a_membership_event() throws IOException {
        Path sources = Path.of("src", "main", "java");
        List<Path> rewriting;
        try (Stream<Path> files = Files.walk(sources)) {
            rewriting = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> REWRITE.matcher(read(file)).find())
                    .toList();
        }

        assertThat(sources).isDirectory();
        assertThat(rewriting).as("sources that rewrite case or membership history").isEmpty();
    }

    @Test
    void the_check_recognizes_a_rewrite() {
        assertThat(REWRITE.matcher("jdbc.sql(\"UPDATE enforcement_event SET refused = FALSE\")").find()).isTrue();
        assertThat(REWRITE.matcher("DELETE\n FROM membership_event WHERE id = 1").find()).isTrue();
        assertThat(REWRITE.matcher("INSERT INTO enforcement_event (kind) VALUES ('x')").find()).isFalse();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
