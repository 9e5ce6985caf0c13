package org.guildmark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildmark.app.cli.Run.guildmark;

import org.junit.jupiter.api.Test;

/** {@code --help} succeeds and documents every command and option. */
class CommandHelpTests {

    @Test
    void the_top_level_help_lists_every_command_and_succeeds() {
        Run run = guildmark("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: guildmark")
                .contains("serve", "audit", "code", "--help", "--version");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void audit_help_mentions_every_option_the_exit_codes_and_an_example() {
        Run run = guildmark("audit", "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: guildmark audit")
                .contains("--format", "--as-of", "--fail-on", "--out", "--max-findings-per-rule", "--no-color",
                        "--registry", "GUILDMARK_TOKEN")
                .contains("text, json, markdown, html or sarif", "blocking, major, minor or info", "YYYY-MM-DD")
                .contains("0   certifiable", "1   not certifiable", "2   invalid dossier, usage error")
                .contains("guildmark audit examples/lighthouse-feature.yaml");
    }

    @Test
    void code_help_explains_the_clause_argument_and_succeeds() {
        Run run = guildmark("code", "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: guildmark code")
                .contains("CLAUSE", "3.1 or IATSE-7", "--help", "2   no such clause");
    }

    @Test
    void help_is_also_a_subcommand_option_after_other_arguments() {
        Run run = guildmark("audit", "missing.yaml", "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: guildmark audit");
    }
}
