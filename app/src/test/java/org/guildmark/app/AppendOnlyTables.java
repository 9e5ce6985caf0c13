package org.guildmark.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Tables whose rows the server only ever adds, checked by reading its sources for SQL that updates or deletes them. */
public final class AppendOnlyTables {

    /** The server's sources, seen from the app module, where Maven runs the tests. */
    private static final Path SERVER_SOURCES = Path.of("src", "main", "java");

    private final Pattern rewrite;

    private AppendOnlyTables(Pattern rewrite) {
        this.rewrite = rewrite;
    }

    public static AppendOnlyTables of(String... tables) {
        String names = Arrays.stream(tables).map(Pattern::quote).collect(Collectors.joining("|"));
        return new AppendOnlyTables(Pattern.compile(
                "(?is)\\b(update\\s+(" + names + ")\\b|delete\\s+from\\s+(" + names + ")\\b)"));
    }

    /** Whether {@code source} updates or deletes rows of one of the tables. */
    public boolean rewrittenBy(String source) {
        return rewrite.matcher(source).find();
    }

    /** Fails, naming them, when any of the server's Java sources update or delete rows of one of the tables. */
    public void assertNoServerSourceRewrites(String history) throws IOException {
        List<Path> rewriting;
        try (Stream<Path> files = Files.walk(SERVER_SOURCES)) {
            rewriting = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> rewrittenBy(read(file)))
                    .toList();
        }

        assertThat(SERVER_SOURCES).isDirectory();
        assertThat(rewriting).as("sources that rewrite " + history).isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
