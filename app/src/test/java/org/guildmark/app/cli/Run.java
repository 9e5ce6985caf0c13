package org.guildmark.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.guildmark.app.Guildmark;

import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One in-process run of the {@code guildmark} command, as {@code main} runs it, with what it printed. */
record Run(int exit, String out, String err) {

    /** The example dossiers; tests run in the {@code app} module directory. */
    static final Path EXAMPLES = Path.of("..", "examples");
    static final String LIGHTHOUSE = EXAMPLES.resolve("lighthouse-feature.yaml").toString();
    static final String PAPER_LANTERN = EXAMPLES.resolve("paper-lantern-series.yaml").toString();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Run guildmark(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Guildmark.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Standard output read as JSON. */
    JsonNode json() {
        return JSON.readTree(out);
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
    }
}
