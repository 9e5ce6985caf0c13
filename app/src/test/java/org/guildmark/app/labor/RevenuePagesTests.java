package org.guildmark.app.labor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.registry.Organizations;
import org.guildmark.app.security.Accounts;
import org.guildmark.app.security.Role;
import org.guildmark.core.dossier.Enums.ProductionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The revenue-share pages of a production account: terms from a dossier, a report, its statements. */
@SpringBootTest(classes = GuildmarkApplication.class)
@AutoConfigureMockMvc
class RevenuePagesTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "revenue pages passphrase");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    Accounts accounts;

    @Test
    void a_production_sets_its_terms_reports_revenue_and_downloads_the_statements() throws Exception {
        UUID organization = organizations.register("Harbor Pictures");
        UUID production = organizations.registerProduction(organization, "lighthouse-2026", "The Lighthouse Keeper",
                ProductionType.FEATURE);
        accounts.create("harbor-pages", "a long enough password", Role.PRODUCTION, organization, null);
        var harbor = user("harbor-pages").roles("PRODUCTION");
        byte[] dossier = Files.readAllBytes(Path.of("..", "examples", "lighthouse-feature.yaml"));

        mvc.perform(multipart("/production/revenue/agreements")
                        .file(new MockMultipartFile("dossier", "lighthouse-feature.yaml", "application/yaml", dossier))
                        .param("production", production.toString()).with(csrf()).with(harbor))
                .andExpect(redirectedUrl("/production/revenue?agreement=1"));
        mvc.perform(post("/production/revenue/reports").param("production", production.toString())
                        .param("periodStart", "2026-01-01").param("periodEnd", "2026-03-31")
                        .param("revenueAmount", "12,000").param("currency", "USD").with(csrf()).with(harbor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The report was not recorded.")))
                .andExpect(content().string(containsString("value=\"12,000\"")))
                .andExpect(content().string(containsString("is not an amount")));
        MvcResult reported = mvc.perform(post("/production/revenue/reports")
                        .param("production", production.toString()).param("periodStart", "2026-01-01")
                        .param("periodEnd", "2026-03-31").param("revenueAmount", "12000.00").param("currency", "USD")
                        .with(csrf()).with(harbor))
                .andExpect(redirectedUrlPattern("/production/revenue/reports/*")).andReturn();
        String report = reported.getResponse().getRedirectedUrl();

        mvc.perform(get(report).with(harbor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("600.00 USD")))
                .andExpect(content().string(containsString("Mara Lindqvist")));
        mvc.perform(get(report + "/statement.csv").with(harbor)).andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(content().string(containsString("mara,Mara Lindqvist,10,60,60.00")));
        byte[] pdf = mvc.perform(get(report + "/statements/5.pdf").with(harbor)).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Mara Lindqvist").contains("60.00 USD");
        }
        mvc.perform(get(report + "/statements/9.pdf").with(harbor)).andExpect(status().isNotFound());
        mvc.perform(get("/production/revenue").with(harbor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Terms version 1 (from lighthouse-feature.yaml)")));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
