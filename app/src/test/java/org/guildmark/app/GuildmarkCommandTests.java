package org.guildmark.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import static org.assertj.core.api.Assertions.assertThat;

class GuildmarkCommandTests {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(CommandLine commandLine, String... args) {
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        return commandLine.execute(args);
    }

    private int run(String... args) {
        return run(Guildmark.commandLine(), args);
    }

    @Test
    void help_lists_the_commands_and_succeeds() {
        assertThat(run("--help")).isZero();

        assertThat(out.toString())
                .startsWith("Usage: guildmark")
                .contains("serve", "Start the Guildmark server.", "--version");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void serve_help_shows_its_options_and_defaults_without_starting_the_server() {
        assertThat(run("serve", "--help")).isZero();

        assertThat(out.toString())
                .startsWith("Usage: guildmark serve")
                .contains("--port=PORT", "default: 8080", "--data=DIR", "default: ./guildmark-data", "--demo");
    }

    @Test
    void without_a_command_it_shows_usage_and_fails() {
        assertThat(run()).isEqualTo(2);

        assertThat(err.toString()).startsWith("Usage: guildmark").contains("serve");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void an_unknown_option_is_named_on_one_line_that_points_to_help_and_fails() {
        assertThat(run("--frobnicate")).isEqualTo(2);

        assertThat(err.toString())
                .isEqualTo("guildmark: Unknown option: '--frobnicate' (see 'guildmark --help')" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void a_misspelt_option_or_command_gets_a_suggestion() {
        assertThat(run("--verison")).isEqualTo(2);
        assertThat(run("audti")).isEqualTo(2);

        assertThat(err.toString())
                .contains("Unknown option: '--verison'; did you mean --version?")
                .contains("'audti'; did you mean audit?");
    }

    @Test
    void a_port_out_of_range_is_a_usage_error() {
        assertThat(run("serve", "--port", "70000")).isEqualTo(2);

        assertThat(err.toString()).contains("--port must be between 0 and 65535, was 70000");
    }

    @Test
    void a_failing_command_reports_one_line_and_no_stack_trace() {
        CommandLine commandLine = Guildmark.commandLine().addSubcommand("fail", new Failing());

        assertThat(run(commandLine, "fail")).isEqualTo(2);

        assertThat(err.toString())
                .isEqualTo("guildmark fail: dossier unreadable: disk on fire" + System.lineSeparator());
    }

    @Test
    void version_is_printed_from_the_build_or_as_dev() {
        assertThat(run("--version")).isZero();

        assertThat(out.toString()).startsWith("guildmark ");
    }

    @Test
    void every_command_inherits_help_and_version() {
        assertThat(run("serve", "--version")).isZero();

        assertThat(out.toString()).startsWith("guildmark ");
    }

    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("dossier unreadable",
                    new java.io.IOException("disk on fire"));
        }
    }
}
