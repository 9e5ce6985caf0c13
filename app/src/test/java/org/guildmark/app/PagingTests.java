package org.guildmark.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.guildmark.app.consent.RegistryRows;
import org.guildmark.app.registry.PersonRegistry;
import org.guildmark.app.registry.RepresentedPeople;
import org.guildmark.app.security.Accounts;
import org.guildmark.app.security.Role;
import org.guildmark.core.dossier.Enums.PersonCategory;
import org.guildmark.core.dossier.Enums.RepresentativeRelation;
import org.guildmark.core.dossier.Person.Representative;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Lists longer than a page, on the pages (previous and next links, 100 rows a page) and in the API (limit and
 * offset with the next page's address), past the 1,000 rows some of them used to stop at: a person with 1,003
 * grants to Harbor Pictures, 101 more people, 101 organizations, an organization with 12 productions, 101 more
 * accounts.
 */
@SpringBootTest(classes = GuildmarkApplication.class)
@AutoConfigureMockMvc
class PagingTests {

    private static final int GRANTS = 1003;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "paging admin passphrase");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    RepresentedPeople represented;

    @Autowired
    PersonRegistry people;

    /** Written once for the whole class (the application context, and its database, is shared). */
    private static UUID harbor;
    private static UUID elin;

    @BeforeEach
    void manyRows() {
        if (harbor != null) {
            return;
        }
        RegistryRows rows = new RegistryRows(jdbc);
        UUID harbor = rows.organization("Harbor Pictures");
        UUID lighthouse = rows.production(harbor, "lighthouse");
        for (int i = 1; i < 12; i++) {
            rows.production(harbor, "harbor-feature-" + i);
        }
        for (int i = 0; i < 100; i++) {
            rows.organization(String.format("Organization %03d", i));
        }
        UUID elin = people.register("Elin Sand", PersonCategory.MINOR, LocalDate.now(ZoneOffset.UTC).minusYears(12),
                null, List.of(new Representative("Karin Sand", RepresentativeRelation.GUARDIAN))).id();
        for (int i = 0; i < GRANTS; i++) {
            rows.grant(elin, harbor, lighthouse, List.of("voice"), List.of("synthetic-media"),
                    LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), "given");
        }
        for (int i = 0; i < 100; i++) {
            rows.person("adult", null);
        }
        accounts.create("harbor", "a production passphrase", Role.PRODUCTION, harbor, null);
        represented.bind(accounts.create("karin", "a guardian passphrase", Role.REPRESENTATIVE, null, null).id(),
                elin, "Karin Sand");
        // Accounts straight into the table: a hundred bcrypt hashes would take most of the test.
        String hash = encoder.encode("never used to sign in");
        for (int i = 0; i < 101; i++) {
            jdbc.sql("""
                    INSERT INTO account (id, username, password_hash, role, enabled, created_at)
                    VALUES (:id, :username, :hash, 'researcher', TRUE, CURRENT_TIMESTAMP)""")
                    .param("id", UUID.randomUUID()).param("username", String.format("researcher-%03d", i))
                    .param("hash", hash).update();
        }
        PagingTests.elin = elin;
        PagingTests.harbor = harbor;
    }

    private String page(MockHttpServletRequestBuilder request, String username, Role role) throws Exception {
        return mvc.perform(request.with(user(username).roles(role.name()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private JsonNode api(String path, String username, Role role) throws Exception {
        return JSON.readTree(page(get(path), username, role));
    }

    private static int count(String page, String text) {
        return page.split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }

    @Test
    void the_production_page_pages_its_grants_past_a_thousand() throws Exception {
        String first = page(get("/production"), "harbor", Role.PRODUCTION);
        assertThat(count(first, "<tr")).as("a header row and a hundred grants").isEqualTo(1 + 100);
        assertThat(first).contains("href=\"/production?page=2\"").contains("rel=\"next\"")
                .doesNotContain("rel=\"prev\"");
        String tenth = page(get("/production").param("page", "10"), "harbor", Role.PRODUCTION);
        assertThat(tenth).contains("href=\"/production?page=9\"").contains("href=\"/production?page=11\"");
        String last = page(get("/production").param("page", "11"), "harbor", Role.PRODUCTION);
        assertThat(last).contains("href=\"/production?page=10\"").doesNotContain("rel=\"next\"")
                .contains("page 11");
        assertThat(count(last, "<tr")).as("a header row and the last three grants").isEqualTo(1 + 3);
    }

    @Test
    void a_representative_sees_every_grant_counted_and_pages_the_persons_wallet() throws Exception {
        assertThat(page(get("/wallet"), "karin", Role.REPRESENTATIVE)).contains(">" + GRANTS + "<");
        String last = page(get("/wallet/people/" + elin).param("page", "11"), "karin", Role.REPRESENTATIVE);
        assertThat(count(last, "class=\"grant-card\"")).isEqualTo(3);
        assertThat(last).contains("href=\"/wallet/people/" + elin + "?page=10\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void the_grants_api_gives_the_next_pages_address_until_the_last() throws Exception {
        JsonNode first = api("/api/v1/grants?limit=1000", "harbor", Role.PRODUCTION);
        assertThat(first.get("grants").size()).isEqualTo(1000);
        assertThat(first.get("next").asString()).isEqualTo("/api/v1/grants?limit=1000&offset=1000");
        JsonNode rest = api(first.get("next").asString(), "harbor", Role.PRODUCTION);
        assertThat(rest.get("grants").size()).isEqualTo(GRANTS - 1000);
        assertThat(rest.get("next").isNull()).isTrue();
        assertThat(rest.get("offset").asInt()).isEqualTo(1000);
    }

    @Test
    void the_registration_api_pages_people_organizations_and_productions() throws Exception {
        JsonNode people = api("/api/v1/people?limit=100", "officer", Role.OFFICER);
        assertThat(people.get("people").size()).isEqualTo(100);
        assertThat(api(people.get("next").asString(), "officer", Role.OFFICER).get("people").size()).isEqualTo(1);
        JsonNode organizations = api("/api/v1/organizations?limit=100", "officer", Role.OFFICER);
        assertThat(organizations.get("next").asString()).isEqualTo("/api/v1/organizations?limit=100&offset=100");
        JsonNode productions = api("/api/v1/organizations/" + harbor + "/productions?limit=5", "officer",
                Role.OFFICER);
        assertThat(productions.get("next").asString()).endsWith("/productions?limit=5&offset=5");
        JsonNode lastProductions = api("/api/v1/organizations/" + harbor + "/productions?limit=5&offset=10",
                "officer", Role.OFFICER);
        assertThat(lastProductions.get("productions").size()).isEqualTo(2);
        assertThat(lastProductions.get("next").isNull()).isTrue();
    }

    @Test
    void the_token_list_names_its_next_page_in_a_link_header() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/api/v1/tokens").with(user("admin").roles("ADMIN")).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\": \"pipeline " + i + "\", \"scopes\": [\"consent:check\"], "
                                    + "\"organization\": \"" + harbor + "\"}"))
                    .andExpect(status().isCreated());
        }

        mvc.perform(get("/api/v1/tokens?limit=2").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(header().string("Link", "</api/v1/tokens?limit=2&offset=2>; rel=\"next\""));
        String rest = mvc.perform(get("/api/v1/tokens?limit=2&offset=2").with(user("admin").roles("ADMIN")))
                .andExpect(header().doesNotExist("Link"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JSON.readTree(rest).size()).isEqualTo(1);
        mvc.perform(get("/api/v1/tokens?limit=0").with(user("admin").roles("ADMIN")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_admin_pages_page_accounts_people_organizations_and_productions() throws Exception {
        String accountsFirst = page(get("/admin/accounts"), "admin", Role.ADMIN);
        assertThat(accountsFirst).contains("href=\"/admin/accounts?page=2\"").contains("accounts, page 1");
        String accountsSecond = page(get("/admin/accounts").param("page", "2"), "admin", Role.ADMIN);
        assertThat(accountsSecond).contains("href=\"/admin/accounts?page=1\"").contains("researcher-100")
                .doesNotContain("researcher-000");

        String registry = page(get("/admin/registry"), "admin", Role.ADMIN);
        assertThat(registry).contains("href=\"/admin/registry?organizationsPage=1&amp;peoplePage=2\"")
                .contains("href=\"/admin/registry?peoplePage=1&amp;organizationsPage=2\"")
                .contains("href=\"/admin/registry/organizations/" + harbor + "\"");
        String secondOfBoth = page(get("/admin/registry").param("peoplePage", "2").param("organizationsPage", "2"),
                "admin", Role.ADMIN);
        assertThat(secondOfBoth).contains("href=\"/admin/registry?organizationsPage=2&amp;peoplePage=1\"")
                .contains("href=\"/admin/registry?peoplePage=2&amp;organizationsPage=1\"");

        String productions = page(get("/admin/registry/organizations/" + harbor), "admin", Role.ADMIN);
        assertThat(productions).contains("harbor-feature-11").contains("lighthouse");
    }
}
