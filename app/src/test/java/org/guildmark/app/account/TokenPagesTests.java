package org.guildmark.app.account;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.security.Accounts;
import org.guildmark.app.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The token pages: a production account creates its organization's tokens (the secret shown once, with a warning,
 * never in the list), sees only its organization's, and revokes one after a confirmation; an admin sees every
 * organization's and names the organization of a new one.
 */
@SpringBootTest(classes = GuildmarkApplication.class)
@AutoConfigureMockMvc
class TokenPagesTests {

    private static final Pattern SECRET = Pattern.compile("gmk_[A-Za-z0-9_-]{43}");
    private static final String INCOMPLETE_CHECK = "{\"aspects\": [\"voice\"]}";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "token pages admin passphrase");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    private UUID harbor;
    private UUID northwind;
    private String harborUser;

    @BeforeEach
    void twoOrganizations() {
        harbor = organization("Harbor Pictures " + UUID.randomUUID());
        northwind = organization("Northwind Studios " + UUID.randomUUID());
        harborUser = "harbor-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(harborUser, "a production passphrase", Role.PRODUCTION, harbor, null);
    }

    private UUID organization(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO organization (id, name, created_at) VALUES (:id, :name, :at)")
                .param("id", id).param("name", name)
                .param("at", Instant.parse("2026-01-01T00:00:00Z").atOffset(ZoneOffset.UTC)).update();
        return id;
    }

    private MockHttpServletRequestBuilder asHarbor(MockHttpServletRequestBuilder request) {
        return request.with(user(harborUser).roles("PRODUCTION"));
    }

    private String create(MockHttpServletRequestBuilder as, String name) throws Exception {
        return mvc.perform(as.with(csrf()).param("name", name).param("scopes", "consent:check")
                        .param("expiresOn", inThirtyDays()))
                .andReturn().getResponse().getContentAsString();
    }

    private static String inThirtyDays() {
        return java.time.LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
    }

    @Test
    void a_production_account_creates_a_token_sees_its_secret_once_and_never_again() throws Exception {
        String form = mvc.perform(asHarbor(get("/account/tokens"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"_csrf\"").contains("<label for=\"name\">")
                .contains("value=\"consent:check\"").doesNotContain("id=\"organization\"");

        String created = mvc.perform(asHarbor(post("/account/tokens")).with(csrf())
                        .param("name", "voice pipeline").param("scopes", "consent:check")
                        .param("expiresOn", inThirtyDays()))
                .andExpect(status().isOk())
                .andExpect(view().name("account/token-created"))
                .andReturn().getResponse().getContentAsString();
        Matcher secret = SECRET.matcher(created);
        assertThat(secret.find()).isTrue();
        String token = secret.group();
        assertThat(created).contains("shown only now").contains("Copy it now and keep it secret");

        String list = mvc.perform(asHarbor(get("/account/tokens"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("voice pipeline").contains(token.substring(0, 12) + "…").contains("Active")
                .contains("Never").doesNotContain(token);
        mvc.perform(post("/api/v1/consent-checks").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(INCOMPLETE_CHECK))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT organization_id FROM api_token WHERE name = 'voice pipeline' "
                + "AND created_by = :by").param("by", harborUser).query(UUID.class).single()).isEqualTo(harbor);
    }

    @Test
    void revoking_asks_first_then_the_token_is_refused() throws Exception {
        Matcher secret = SECRET.matcher(create(asHarbor(post("/account/tokens")), "render farm"));
        assertThat(secret.find()).isTrue();
        UUID id = jdbc.sql("SELECT id FROM api_token WHERE created_by = :by AND name = 'render farm'")
                .param("by", harborUser).query(UUID.class).single();

        String confirm = mvc.perform(asHarbor(get("/account/tokens/" + id + "/revoke"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("Revoke the token").contains("render farm").contains("name=\"_csrf\"")
                .doesNotContain(secret.group());
        mvc.perform(asHarbor(post("/account/tokens/" + id + "/revoke"))).andExpect(status().isForbidden());
        mvc.perform(asHarbor(post("/account/tokens/" + id + "/revoke")).with(csrf()))
                .andExpect(redirectedUrl("/account/tokens"))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.containsString("is revoked")));

        mvc.perform(post("/api/v1/consent-checks").header("Authorization", "Bearer " + secret.group())
                        .contentType(MediaType.APPLICATION_JSON).content(INCOMPLETE_CHECK))
                .andExpect(status().isUnauthorized());
        assertThat(mvc.perform(asHarbor(get("/account/tokens"))).andReturn().getResponse().getContentAsString())
                .contains("Revoked");
    }

    @Test
    void a_production_account_sees_and_revokes_only_its_organizations_tokens() throws Exception {
        String page = create(post("/account/tokens").with(user("admin").roles("ADMIN")).param("organization",
                northwind.toString()), "northwind pipeline");
        assertThat(page).contains("Token created");
        UUID theirs = jdbc.sql("SELECT id FROM api_token WHERE organization_id = :org")
                .param("org", northwind).query(UUID.class).single();

        assertThat(mvc.perform(asHarbor(get("/account/tokens"))).andReturn().getResponse().getContentAsString())
                .doesNotContain("northwind pipeline");
        mvc.perform(asHarbor(get("/account/tokens/" + theirs + "/revoke"))).andExpect(status().isNotFound());
        mvc.perform(asHarbor(post("/account/tokens/" + theirs + "/revoke")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT revoked_at IS NULL FROM api_token WHERE id = :id").param("id", theirs)
                .query(Boolean.class).single()).isTrue();

        String adminList = mvc.perform(get("/account/tokens").with(user("admin").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(adminList).contains("northwind pipeline").contains("Northwind Studios")
                .contains("id=\"organization\"");
    }

    @Test
    void a_refused_token_comes_back_with_a_message_on_each_field() throws Exception {
        String noName = mvc.perform(asHarbor(post("/account/tokens")).with(csrf())
                        .param("name", " ").param("scopes", "consent:check").param("expiresOn", inThirtyDays()))
                .andExpect(status().isOk()).andExpect(view().name("account/tokens"))
                .andReturn().getResponse().getContentAsString();
        assertThat(noName).contains("The token was not created").contains("id=\"name-error\"");
        String tooLate = mvc.perform(asHarbor(post("/account/tokens")).with(csrf())
                        .param("name", "kept").param("scopes", "consent:check").param("expiresOn", "2099-01-01"))
                .andReturn().getResponse().getContentAsString();
        assertThat(tooLate).contains("id=\"expiresOn-error\"").contains("at most 366 days")
                .contains("value=\"kept\"");
        String notADay = mvc.perform(asHarbor(post("/account/tokens")).with(csrf())
                        .param("name", "kept").param("expiresOn", "not a day"))
                .andReturn().getResponse().getContentAsString();
        assertThat(notADay).contains("id=\"expiresOn-error\"");
        String adminWithoutOrganization = create(post("/account/tokens").with(user("admin").roles("ADMIN")),
                "whose");
        assertThat(adminWithoutOrganization).contains("id=\"organization-error\"")
                .contains("Name the organization");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE name IN ('kept', 'whose')").query(Long.class)
                .single()).isZero();
    }

    @Test
    void the_page_is_for_roles_that_hold_tokens_and_is_linked_from_their_navigation() throws Exception {
        mvc.perform(get("/account/tokens").with(user("mara").roles("PERFORMER"))).andExpect(status().isForbidden());
        assertThat(mvc.perform(asHarbor(get("/"))).andReturn().getResponse().getContentAsString())
                .contains("href=\"/account/tokens\"");
        assertThat(mvc.perform(get("/").with(user("mara").roles("PERFORMER"))).andReturn().getResponse()
                .getContentAsString())
                .doesNotContain("href=\"/account/tokens\"").contains("href=\"/account/password\"");
    }
}
