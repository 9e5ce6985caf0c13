package org.guildmark.app.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** History is never rewritten: no code of the server updates or deletes a consent event. */
class ConsentHistoryIsAppendOnlyTests {

    private static final Pattern REWRITE =
            Pattern.compile("(?is)\\b(update\\s+consent_event\\b|delete\\s+from\\s+consent_event\\b)");

    @Test
    void no_source_of_the_server_updates_or_deletes_a_consent_event() throws IOException {
        Path sources = Path.of("src", "main", "java");
        List<Path> rewriting;
        try (Stream<Path> files = Files.walk(sources)) {
            rewriting = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> REWRITE.matcher(read(file)).find())
                    .toList();
        }

        assertThat(sources).isDirectory();
        assertThat(rewriting).as("sources that rewrite consent history").isEmpty();
    }

    @Test
    void the_check_recognizes_a_rewrite() {
        assertThat(REWRITE.matcher("jdbc.sql(\"UPDATE consent_event SET status = 'given'\")").find()).isTrue();
        assertThat(REWRITE.matcher("DELETE\n FROM consent_event WHERE id = 1").find()).isTrue();
        assertThat(REWRITE.matcher("INSERT INTO consent_event (grant_id) VALUES (1)").find()).isFalse();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
