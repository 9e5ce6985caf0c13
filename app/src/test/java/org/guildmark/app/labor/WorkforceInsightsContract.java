package org.guildmark.app.labor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.registry.Caller;
import org.guildmark.app.registry.Organizations;
import org.guildmark.core.dossier.Enums.ProductionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Workforce insights read from stored displacements and dossiers: what k lets through, what it suppresses and
 * what complementary suppression hides with it, the adoption counted from an uploaded dossier, the page's charts
 * and the exports. One context per class, so the figures are this class's own. Each subclass names one database.
 */
@SpringBootTest(classes = GuildmarkApplication.class)
@AutoConfigureMockMvc
abstract class WorkforceInsightsContract {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "insights passphrase");
    }

    @Autowired
    WorkforceInsights insights;
    @Autowired
    Displacements displacements;
    @Autowired
    RevenueStatements revenue;
    @Autowired
    Organizations organizations;
    @Autowired
    MockMvc mvc;

    private void displaced(Caller.Production studio, UUID production, String role, String local, int workers,
            String on) {
        displacements.record(studio, new Displacements.DisplacementForm(production.toString(), role, "art", local,
                String.valueOf(workers), on, null, null));
    }

    @Test
    void small_cells_and_the_ones_that_would_give_them_away_are_suppressed_everywhere() throws Exception {
        UUID org = organizations.register("Insights studio");
        Caller.Production studio = new Caller.Production("studio", org);
        UUID production = organizations.registerProduction(org, "lighthouse-2026", "The Lighthouse Keeper",
                ProductionType.FEATURE);
        displaced(studio, production, "storyboard-artist", "Local 839", 12, "2026-02-01");
        displaced(studio, production, "concept-artist", "Local 800", 11, "2026-05-01");
        displaced(studio, production, "concept-artist", "Local 839", 14, "2026-05-01");
        displaced(studio, production, "editor", "Local 800", 3, "2026-08-01");
        revenue.recordAgreement(studio, production, "lighthouse-feature.yaml",
                Files.readAllBytes(Path.of("..", "examples", "lighthouse-feature.yaml")));

        WorkforceInsights.Insights figures = insights.insights();

        InsightTable byRole = figures.tables().get(0);
        assertThat(byRole.rows()).containsExactly("concept-artist", "editor", "storyboard-artist");
        assertThat(byRole.columns()).containsExactly("Local 800", "Local 839");
        // The 3 editors are under k, and so their row total. Column Local 800 would give them away, so its smallest
        // other count goes (11 concept artists); then row concept-artist would give that away (its 14 goes), then
        // column Local 839 (the 12 storyboard artists), then row storyboard-artist (its total). Column totals stay.
        assertThat(byRole.cells().get(0)).containsExactly(null, null);
        assertThat(byRole.cells().get(1)).containsExactly(null, 0L);
        assertThat(byRole.cells().get(2)).containsExactly(0L, null);
        assertThat(byRole.rowTotals()).containsExactly(25L, null, null);
        assertThat(byRole.columnTotals()).containsExactly(14L, 26L);
        assertThat(byRole.total()).isEqualTo(40L);
        assertThat(figures.departments()).allSatisfy(a -> assertThat(a.total()).isNull());
        assertThat(figures.crafts()).extracting(WorkforceInsights.Adoption::name).contains("director", "prompter");
        assertThat(figures.atRisk()).isEmpty();

        var researcher = user("researcher").roles("RESEARCHER");
        mvc.perform(get("/insights").with(researcher)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("suppressed (fewer than k)")))
                .andExpect(content().string(not(containsString("Ingrid Hallberg"))))
                .andExpect(content().string(not(containsString("Insights studio"))));
        mvc.perform(get("/insights.json").with(researcher)).andExpect(status().isOk())
                .andExpect(jsonPath("$.k").value(10))
                .andExpect(jsonPath("$.tables[0].cells[1][0]").doesNotExist())
                .andExpect(jsonPath("$.tables[0].total").value(40));
        String csv = mvc.perform(get("/insights.csv").param("epsilon", "1.0").with(researcher))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("displacement-by-role-and-local,editor,Local 800,,true");
        mvc.perform(get("/insights.json").param("epsilon", "50").with(researcher))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("epsilon"));
    }
}
