package org.guildmark.app.consent;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.security.Accounts;
import org.guildmark.app.security.ApiTokens;
import org.guildmark.app.security.MutableClock;
import org.guildmark.app.security.Role;
import org.guildmark.app.security.TokenScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The consent-check endpoints over HTTP: answers, who may ask what, and problem details for bad input. */
@SpringBootTest(classes = GuildmarkApplication.class)
@AutoConfigureMockMvc
@Import(ConsentCheckApiTests.FixedNow.class)
class ConsentCheckApiTests {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "check admin passphrase");
    }

    @TestConfiguration
    static class FixedNow {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Accounts accounts;

    @Autowired
    MutableClock clock;

    private RegistryRows rows;
    private UUID harbor;
    private UUID northwind;
    private String lighthouse;
    private String northwindFilm;
    private UUID ana;
    private UUID anaGrant;
    private String harborToken;

    @BeforeEach
    void seed() {
        clock.set(NOW);
        rows = new RegistryRows(jdbc);
        harbor = rows.organization("Harbor Pictures");
        northwind = rows.organization("Northwind Studios");
        lighthouse = "lighthouse-" + UUID.randomUUID();
        UUID lighthouseId = rows.production(harbor, lighthouse);
        northwindFilm = "northwind-" + UUID.randomUUID();
        rows.production(northwind, northwindFilm);
        ana = rows.person("adult", null);
        anaGrant = rows.grant(ana, harbor, lighthouseId, List.of("voice"), List.of("synthetic-media"),
                LocalDate.parse("2026-02-01"), LocalDate.parse("2026-12-31"), "given");
        rows.event(anaGrant, "withdrawn", NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(31)));
        harborToken = tokens.issue(harbor, "pipeline", Set.of(TokenScope.CONSENT_CHECK), NOW.plus(Duration.ofDays(300)),
                "admin").secret();
    }

    private ResultActions check(String path, String body, String token) throws Exception {
        return mvc.perform(post(path).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String query(UUID person, String production, String at) {
        return "{\"person\": \"" + person + "\", \"production\": \"" + production
                + "\", \"aspects\": [\"voice\"], \"purpose\": \"synthetic-media\""
                + (at == null ? "" : ", \"at\": \"" + at + "\"") + "}";
    }

    @Test
    void a_covered_use_is_permitted_now_with_the_consent_id() throws Exception {
        check("/api/v1/consent-checks", query(ana, lighthouse, null), harborToken)
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(content().json("{\"decision\": \"permit\", \"consent\": \"" + anaGrant + "\", \"at\": \""
                        + NOW + "\"}", org.springframework.test.json.JsonCompareMode.STRICT));
    }

    @Test
    void as_of_semantics_follow_the_withdrawals_effective_instant() throws Exception {
        Instant effective = NOW.plus(Duration.ofDays(31));
        String batch = "{\"queries\": [" + query(ana, lighthouse, effective.minusSeconds(1).toString()) + ", "
                + query(ana, lighthouse, effective.toString()) + "]}";

        check("/api/v1/consent-checks/batch", batch, harborToken)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].decision").value("permit"))
                .andExpect(jsonPath("$.results[1].decision").value("deny"))
                .andExpect(jsonPath("$.results[1].reasons[0]").value("withdrawn"));

        clock.set(effective.plusSeconds(1));
        check("/api/v1/consent-checks", query(ana, lighthouse, null), harborToken)
                .andExpect(jsonPath("$.decision").value("deny"))
                .andExpect(jsonPath("$.reasons.length()").value(1))
                .andExpect(jsonPath("$.reasons[0]").value("withdrawn"));
    }

    @Test
    void a_denial_carries_only_reason_codes() throws Exception {
        String answer = check("/api/v1/consent-checks", query(UUID.randomUUID(), lighthouse, null), harborToken)
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(answer).isEqualTo("{\"decision\":\"deny\",\"reasons\":[\"no-consent\"],\"at\":\"" + NOW + "\"}");
    }

    @Test
    void a_token_of_another_organization_is_refused_its_production_and_its_grantee() throws Exception {
        String northwindToken = tokens.issue(northwind, "theirs", Set.of(TokenScope.CONSENT_CHECK),
                NOW.plus(Duration.ofDays(30)), "admin").secret();

        check("/api/v1/consent-checks", query(ana, lighthouse, null), northwindToken)
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.pointer").value("/production"));
        check("/api/v1/consent-checks/batch", "{\"queries\": [{\"person\": \"" + ana + "\", \"grantee\": \"" + harbor
                + "\", \"aspects\": [\"voice\"], \"purpose\": \"synthetic-media\"}]}", northwindToken)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.pointer").value("/queries/0/grantee"));
        // Its own production: Ana's consent to Harbor is simply no consent to Northwind.
        check("/api/v1/consent-checks", query(ana, northwindFilm, null), northwindToken)
                .andExpect(jsonPath("$.reasons.length()").value(1))
                .andExpect(jsonPath("$.reasons[0]").value("no-consent"));
    }

    @Test
    void a_production_account_checks_its_organizations_grants_in_its_session() throws Exception {
        String username = "harbor-" + UUID.randomUUID();
        accounts.create(username, "production passphrase", Role.PRODUCTION, harbor, null);

        mvc.perform(post("/api/v1/consent-checks").with(user(username).roles("PRODUCTION")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(query(ana, lighthouse, null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("permit"));
        mvc.perform(post("/api/v1/consent-checks").with(user(username).roles("PRODUCTION")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(query(ana, northwindFilm, null)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/consent-checks").with(user(username).roles("PRODUCTION"))
                        .contentType(MediaType.APPLICATION_JSON).content(query(ana, lighthouse, null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_bad_field_deep_in_a_batch_is_named_by_its_pointer() throws Exception {
        StringBuilder batch = new StringBuilder("{\"queries\": [");
        for (int i = 0; i < 17; i++) {
            batch.append(query(ana, lighthouse, null)).append(", ");
        }
        batch.append("{\"person\": \"").append(ana).append("\", \"production\": \"").append(lighthouse)
                .append("\", \"aspects\": [\"voyce\"], \"purpose\": \"synthetic-media\"}]}");

        check("/api/v1/consent-checks/batch", batch.toString(), harborToken)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.pointer").value("/queries/17/aspects/0"))
                .andExpect(jsonPath("$.detail").value(containsString("voyce")))
                .andExpect(jsonPath("$.detail").value(containsString("face, body, voice, performance, name")));
    }

    @Test
    void a_batch_of_more_than_1000_queries_is_refused_with_what_to_do() throws Exception {
        StringBuilder batch = new StringBuilder("{\"queries\": [");
        for (int i = 0; i < 1001; i++) {
            batch.append(i == 0 ? "" : ", ").append(query(ana, lighthouse, null));
        }
        batch.append("]}");

        check("/api/v1/consent-checks/batch", batch.toString(), harborToken)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.pointer").value("/queries"))
                .andExpect(jsonPath("$.detail").value(containsString("at most 1000 queries, this one 1001")));
    }

    @Test
    void exactly_1000_queries_are_answered() throws Exception {
        StringBuilder batch = new StringBuilder("{\"queries\": [");
        for (int i = 0; i < 1000; i++) {
            batch.append(i == 0 ? "" : ", ").append(query(i % 2 == 0 ? ana : UUID.randomUUID(), lighthouse, null));
        }
        batch.append("]}");

        check("/api/v1/consent-checks/batch", batch.toString(), harborToken)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results.length()").value(1000))
                .andExpect(jsonPath("$.results[998].decision").value("permit"))
                .andExpect(jsonPath("$.results[999].decision").value("deny"));
    }

    @Test
    void malformed_input_is_a_problem_naming_the_field() throws Exception {
        check("/api/v1/consent-checks", "{\"person\": ", harborToken)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("not valid JSON")));
        check("/api/v1/consent-checks", "{\"person\": \"ana\", \"production\": \"" + lighthouse
                + "\", \"aspects\": [\"voice\"], \"purpose\": \"synthetic-media\"}", harborToken)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.pointer").value("/person"));
        check("/api/v1/consent-checks", "{\"person\": \"" + ana + "\", \"production\": \"" + lighthouse
                + "\", \"aspects\": \"voice\", \"purpose\": \"synthetic-media\"}", harborToken)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.pointer").value("/aspects"));
        check("/api/v1/consent-checks", query(ana, lighthouse, "yesterday"), harborToken)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.pointer").value("/at"));
        check("/api/v1/consent-checks", "{\"person\": \"" + ana + "\", \"production\": \"" + lighthouse
                + "\", \"aspects\": [\"voice\"]}", harborToken)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.pointer").value("/purpose"));
        check("/api/v1/consent-checks/batch", "{\"queries\": []}", harborToken)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.pointer").value("/queries"));
        check("/api/v1/consent-checks/batch", "[1, 2]", harborToken)
                .andExpect(status().isBadRequest());
    }
}
