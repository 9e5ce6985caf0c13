package org.guildmark.app.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildmark.app.cli.Run.guildmark;

class RevenueShareCommandTests {

    @Test
    void the_creator_pool_is_divided_among_the_participants_to_the_cent() {
        Run run = guildmark("revenue-share", Run.LIGHTHOUSE, "--revenue", "1250000.01", "--currency", "USD");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("creator pool  5.0 % = 62500.00 USD")
                .containsPattern("Ingrid Hallberg\\s+30\\s+18750.00")
                .containsPattern("Mara Lindqvist\\s+10\\s+6250.00")
                .containsPattern("total\\s+100\\s+62500.00");
    }

    @Test
    void json_and_csv_carry_the_same_amounts_and_they_add_up_to_the_pool() {
        Run json = guildmark("revenue-share", Run.LIGHTHOUSE, "--revenue", "333.33", "--currency", "EUR",
                "--format", "json");
        Run csv = guildmark("revenue-share", Run.LIGHTHOUSE, "--revenue", "333.33", "--currency", "EUR",
                "--format", "csv");

        assertThat(json.exit()).isZero();
        var shares = json.json().get("shares");
        BigDecimal sum = BigDecimal.ZERO;
        for (var share : shares) {
            sum = sum.add(new BigDecimal(share.get("amount").asString()));
        }
        assertThat(sum).isEqualByComparingTo(json.json().get("pool").asString());
        assertThat(json.json().get("pool").asString()).isEqualTo("16.67");
        String[] lines = csv.out().split("\r\n");
        assertThat(lines).hasSize(shares.size() + 1);
        assertThat(lines[0]).isEqualTo("person,name,percent,exact,amount,currency");
        assertThat(csv.out()).contains("dir,Ingrid Hallberg,30,").contains("," + shares.get(0).get("amount")
                .asString() + ",EUR");
    }

    @Test
    void percents_that_do_not_add_up_to_100_are_refused_where_they_are(@TempDir Path dir) throws IOException {
        Path dossier = dir.resolve("d.yaml");
        Files.writeString(dossier, Files.readString(Path.of(Run.LIGHTHOUSE))
                .replace("- { person: mara, percent: \"10\" }", "- { person: mara, percent: \"12\" }"));

        Run run = guildmark("revenue-share", dossier.toString(), "--revenue", "100", "--currency", "USD");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(dossier + ":").contains("revenueShare.participants")
                .contains("add up to 102, not 100");
    }

    @Test
    void a_bad_amount_or_currency_is_a_usage_error() {
        assertThat(guildmark("revenue-share", Run.LIGHTHOUSE, "--revenue", "-5", "--currency", "USD").err())
                .contains("--revenue: The revenue is a non-negative amount");
        assertThat(guildmark("revenue-share", Run.LIGHTHOUSE, "--revenue", "5", "--currency", "EURO").err())
                .contains("--currency: 'EURO' is not an ISO 4217 currency code");
        assertThat(guildmark("revenue-share", Run.LIGHTHOUSE, "--revenue", "5.001", "--currency", "USD").exit())
                .isEqualTo(2);
    }
}
