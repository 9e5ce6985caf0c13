package org.guildmark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildmark.app.cli.Run.guildmark;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** {@code guildmark code}: the codes as Guildmark reads them. */
class CodeCommandTests {

    @Test
    void code_lists_every_clause_of_the_aimeg_code_its_enforcement_section_and_the_iatse_principles() {
        Run run = guildmark("code");

        assertThat(run.exit()).isZero();
        List<String> ids = new ArrayList<>(List.of("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2",
                "3.3", "3.4", "4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "5.4", "6.1", "6.2", "6.3", "7.1", "7.2",
                "7.3", "8.1", "8.2", "8.3", "enforcement"));
        for (int i = 1; i <= 8; i++) {
            ids.add("IATSE-" + i);
        }
        for (String id : ids) {
            assertThat(run.out()).as(id).containsPattern("(?m)^ {4}" + Pattern.quote(id) + " +\\S");
        }
        assertThat(run.out()).contains("AIMEG Code of Ethics for AI Media Production · version 1.0",
                "IATSE Core Principles");
    }

    @Test
    void code_shows_how_each_clause_is_assessed() {
        String out = guildmark("code").out();

        assertThat(out).containsPattern("(?m)^ {4}3\\.1 .* automated: synthetic-likeness-has-valid-consent")
                .containsPattern("(?m)^ {4}2\\.4 .* attestation: attestation-given")
                .containsPattern("(?m)^ {4}5\\.4 .* member$");
    }

    @Test
    void code_3_1_shows_the_clause_and_the_rules_that_check_it() {
        Run run = guildmark("code", "3.1");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("3.1  Consent before using anyone's likeness")
                .contains("assessed: automated")
                .contains("synthetic-likeness-has-valid-consent", "blocking")
                .contains("revoked-consent-requires-deletion", "major");
    }

    @Test
    void an_iatse_principle_is_shown_with_its_rule() {
        Run run = guildmark("code", "IATSE-7");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("training-consent-compensated");
    }

    @Test
    void an_attestation_clause_shows_the_statement_to_sign() {
        Run run = guildmark("code", "7.3");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("assessed: attestation", "attestation: \"");
    }

    @Test
    void an_unknown_clause_exits_2_with_a_message_and_prints_nothing_else() {
        Run run = guildmark("code", "9.9");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("guildmark code: no clause '9.9'")
                .contains("'guildmark code' lists them all");
    }

    @Test
    void a_misspelt_clause_gets_a_suggestion() {
        Run run = guildmark("code", "7.l");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no clause '7.l' (did you mean '7.1'?)");
    }
}
