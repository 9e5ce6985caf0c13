package org.guildmark.app.labor;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.registry.Caller;
import org.guildmark.app.registry.Organizations;
import org.guildmark.core.dossier.Enums.ProductionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Revenue-share statements through the service: terms from an uploaded dossier, reports divided to the cent and
 * kept, statements as CSV and PDF, and refusals that store nothing. Each subclass names one database.
 */
@SpringBootTest(classes = GuildmarkApplication.class)
abstract class RevenueStatementsContract {

    private static final Path EXAMPLE = Path.of("..", "examples", "lighthouse-feature.yaml");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "revenue statements passphrase");
    }

    @Autowired
    RevenueStatements revenue;
    @Autowired
    Organizations organizations;
    @Autowired
    JdbcClient jdbc;

    private Caller.Production harbor;
    private UUID production;
    private String code;

    @BeforeEach
    void aProduction() {
        UUID organization = organizations.register("Harbor " + UUID.randomUUID());
        code = "lighthouse-" + UUID.randomUUID().toString().substring(0, 8);
        production = organizations.registerProduction(organization, code, "The Lighthouse Keeper",
                ProductionType.FEATURE);
        harbor = new Caller.Production("harbor", organization);
    }

    private byte[] dossier(String replace, String with) throws IOException {
        return Files.readString(EXAMPLE, StandardCharsets.UTF_8).replace("id: lighthouse-2026", "id: " + code)
                .replace(replace, with).getBytes(StandardCharsets.UTF_8);
    }

    private RevenueAgreement terms() throws IOException {
        return revenue.recordAgreement(harbor, production, "lighthouse-feature.yaml", dossier("", ""));
    }

    @Test
    void the_dossiers_revenue_share_becomes_the_terms_with_the_participants_names() throws IOException {
        RevenueAgreement a = terms();

        assertThat(a.version()).isEqualTo(1);
        assertThat(a.poolPercent()).isEqualByComparingTo("5.0");
        assertThat(a.basis()).isEqualTo("net-receipts");
        assertThat(a.participants()).extracting(RevenueAgreement.Participant::name).containsExactly(
                "Ingrid Hallberg", "Beatrix Holm", "Joe Castellano", "Priya Natarajan", "Lin Zhao", "Mara Lindqvist");
        assertThat(terms().version()).isEqualTo(2);
    }

    @Test
    void a_report_is_divided_to_the_cent_and_kept() throws IOException {
        terms();

        // 5 % of 1,000,000.01 is 50,000.0005, rounded half-even to 50,000.00.
        RevenueReport r = revenue.report(harbor, production, "2026-01-01", "2026-03-31", "1000000.01", "usd");

        assertThat(r.pool()).isEqualByComparingTo("50000.00");
        assertThat(r.lines().stream().map(RevenueReport.StatementLine::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add)).isEqualByComparingTo(r.pool());
        assertThat(r.lines()).extracting(l -> l.amount().toPlainString())
                .containsExactly("15000.00", "7500.00", "7500.00", "7500.00", "7500.00", "5000.00");
        RevenueStatements.Statement stored = revenue.statement(harbor, r.id());
        assertThat(stored.report()).isEqualTo(r);
        assertThat(revenue.overview(harbor)).singleElement()
                .satisfies(row -> assertThat(row.reports()).containsExactly(r));
    }

    @Test
    void uneven_cents_go_to_the_largest_remainders_and_still_add_up() throws IOException {
        revenue.recordAgreement(harbor, production, "d.yaml", dossier("creatorPoolPercent: \"5.0\"",
                "creatorPoolPercent: \"100\""));

        RevenueReport r = revenue.report(harbor, production, "2026-04-01", "2026-04-30", "0.07", "USD");

        // 30, 15, 15, 15, 15, 10 % of 7 cents: 2.1, 1.05 ×4, 0.7 → floors 2,1,1,1,1,0 = 6; the cent left goes to
        // the largest remainder, 0.7 (Mara).
        assertThat(r.lines()).extracting(l -> l.amount().toPlainString())
                .containsExactly("0.02", "0.01", "0.01", "0.01", "0.01", "0.01");
    }

    @Test
    void each_participant_gets_a_pdf_that_carries_their_amount_and_a_csv_of_every_line() throws IOException {
        terms();
        RevenueReport r = revenue.report(harbor, production, "2026-01-01", "2026-03-31", "250000.00", "EUR");
        RevenueStatements.Statement s = revenue.statement(harbor, r.id());
        RevenueReport.StatementLine mara = r.lines().get(5);

        String text;
        try (PDDocument pdf = Loader.loadPDF(StatementDocuments.pdf(s, mara))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            text = new PDFTextStripper().getText(pdf);
        }

        assertThat(text).contains("Revenue-share statement").contains("Mara Lindqvist").contains(code)
                .contains("2026-01-01 to 2026-03-31").contains("250000.00 EUR").contains("12500.00 EUR")
                .contains("10 %").contains("Amount due to you").contains("1250.00 EUR")
                .doesNotContain("Ingrid Hallberg");
        String csv = StatementDocuments.csv(s);
        assertThat(csv.lines()).hasSize(7).first().asString().startsWith("production,period_start");
        assertThat(csv).contains(code + ",2026-01-01,2026-03-31,EUR,250000.00,5.0,12500.00,mara,Mara Lindqvist,10,"
                + "1250,1250.00");
    }

    @Test
    void bad_reports_say_what_is_wrong_and_store_nothing() throws IOException {
        assertThatThrownBy(() -> revenue.report(harbor, production, "2026-01-01", "2026-01-31", "100.00", "USD"))
                .isInstanceOfSatisfying(LaborRefusal.Invalid.class, e -> assertThat(e.problems())
                        .extracting(LineProblem::where).containsExactly("production"));
        terms();
        assertThatThrownBy(() -> revenue.report(harbor, production, "first of May", "2026-01-31", "-3", "USD"))
                .isInstanceOfSatisfying(LaborRefusal.Invalid.class, e -> assertThat(e.problems())
                        .extracting(LineProblem::where).containsExactly("periodStart", "revenue"));
        assertThatThrownBy(() -> revenue.report(harbor, production, "2026-02-01", "2026-01-31", "1,000", "USD"))
                .isInstanceOfSatisfying(LaborRefusal.Invalid.class, e -> assertThat(e.problems())
                        .extracting(LineProblem::where).containsExactly("periodEnd", "revenue"));
        assertThatThrownBy(() -> revenue.report(harbor, production, "2026-01-01", "2026-01-31", "10.005", "USD"))
                .isInstanceOfSatisfying(LaborRefusal.Invalid.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.detail()).contains("more decimals")));
        assertThatThrownBy(() -> revenue.report(harbor, production, "2026-01-01", "2026-01-31", "10", "XYZ"))
                .isInstanceOfSatisfying(LaborRefusal.Invalid.class, e -> assertThat(e.problems())
                        .extracting(LineProblem::where).containsExactly("currency"));
        revenue.report(harbor, production, "2026-01-01", "2026-01-31", "10.00", "USD");
        assertThatThrownBy(() -> revenue.report(harbor, production, "2026-01-15", "2026-02-15", "10.00", "USD"))
                .isInstanceOfSatisfying(LaborRefusal.Invalid.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.detail()).contains("already covers")));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM revenue_report WHERE production_id = :p").param("p", production)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void dossiers_that_cannot_set_the_terms_are_refused_and_nothing_is_kept() throws IOException {
        assertThatThrownBy(() -> revenue.recordAgreement(harbor, production, "d.yaml",
                dossier("- { person: mara, percent: \"10\" }", "- { person: mara, percent: \"11\" }")))
                .isInstanceOfSatisfying(LaborRefusal.Invalid.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.where()).isEqualTo("/revenueShare/participants");
                            assertThat(p.detail()).contains("add up to 101, not 100");
                        }));
        byte[] other = Files.readAllBytes(EXAMPLE);
        assertThatThrownBy(() -> revenue.recordAgreement(harbor, production, "d.yaml", other))
                .isInstanceOfSatisfying(LaborRefusal.Invalid.class, e -> assertThat(e.getMessage())
                        .contains("is for production 'lighthouse-2026'"));
        assertThatThrownBy(() -> revenue.recordAgreement(harbor, production, "d.yaml",
                "guildmark: dossier/v1\nproduction: [".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(LaborRefusal.Invalid.class, e -> assertThat(e.problems()).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.where()).startsWith("d.yaml:")));
        assertThatThrownBy(() -> revenue.recordAgreement(harbor, production, "d.yaml",
                dossier("revenueShare:", "x-revenueShare:")))
                .isInstanceOf(LaborRefusal.Invalid.class);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM revenue_agreement WHERE production_id = :p")
                .param("p", production).query(Long.class).single()).isZero();
    }

    @Test
    void another_organization_sees_nothing() throws IOException {
        terms();
        RevenueReport r = revenue.report(harbor, production, "2026-01-01", "2026-03-31", "1000.00", "USD");
        Caller.Production other = new Caller.Production("other", organizations.register("Other " + UUID.randomUUID()));

        assertThatThrownBy(() -> revenue.statement(other, r.id())).isInstanceOf(LaborRefusal.NotFound.class);
        assertThatThrownBy(() -> revenue.recordAgreement(other, production, "d.yaml", dossier("", "")))
                .isInstanceOf(LaborRefusal.NotFound.class);
        assertThatThrownBy(() -> revenue.statement(new Caller.Outsider("researcher"), r.id()))
                .isInstanceOf(LaborRefusal.NotFound.class);
        assertThat(revenue.overview(other)).isEmpty();
        assertThat(List.of(revenue.overview(harbor).get(0).reports().get(0).id())).containsExactly(r.id());
    }
}
