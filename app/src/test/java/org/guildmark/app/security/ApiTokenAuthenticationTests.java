package org.guildmark.app.security;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API tokens over HTTP: created by accounts, shown once, used as bearer tokens without CSRF, refused with 401 when
 * unknown, revoked or expired and with 403 beyond their scopes.
 */
class ApiTokenAuthenticationTests extends HarborOnAHandMovedClock {

    /** A check body the endpoint refuses as incomplete (400), so reaching it is visible without registry data. */
    private static final String INCOMPLETE_CHECK = "{\"aspects\": [\"voice\"]}";

    private JsonNode createAsAdmin(String body) throws Exception {
        String answer = mvc.perform(post("/api/v1/tokens").with(user("admin").roles("ADMIN")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(answer);
    }

    private String harborToken() throws Exception {
        return createAsAdmin("{\"name\": \"voice pipeline\", \"scopes\": [\"consent:check\"], \"organization\": \""
                + harbor + "\"}").get("token").asString();
    }

    @Test
    void the_secret_is_shown_at_creation_and_never_in_the_list() throws Exception {
        JsonNode created = createAsAdmin("{\"name\": \"voice pipeline\", \"scopes\": [\"consent:check\"], "
                + "\"organization\": \"" + harbor + "\"}");
        String secret = created.get("token").asString();

        assertThat(secret).startsWith("gmk_");
        assertThat(created.get("prefix").asString()).isEqualTo(secret.substring(0, 12));
        assertThat(created.get("expiresAt").asString()).isEqualTo(START.plus(Duration.ofDays(90)).toString());
        String list = mvc.perform(get("/api/v1/tokens").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains(created.get("id").asString()).doesNotContain(secret.substring(12))
                .doesNotContain("\"token\"");
    }

    @Test
    void a_bearer_token_reaches_the_check_without_a_csrf_token() throws Exception {
        String token = harborToken();

        mvc.perform(post("/api/v1/consent-checks").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(INCOMPLETE_CHECK))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.pointer").value("/person"));
        clock.advance(Duration.ofMinutes(5));
        mvc.perform(post("/api/v1/consent-checks").header("Authorization", "bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(INCOMPLETE_CHECK))
                .andExpect(status().isBadRequest());
        String list = mvc.perform(get("/api/v1/tokens").with(user("admin").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("\"lastUsedAt\":\"" + START.plus(Duration.ofMinutes(5)));
    }

    @Test
    void no_unknown_or_malformed_token_gets_401_with_a_bearer_challenge() throws Exception {
        // (Without a CSRF token, a call with neither token nor session is refused 403 first; see AccessMatrix.)
        mvc.perform(post("/api/v1/consent-checks").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(INCOMPLETE_CHECK))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"guildmark\""))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/consent-checks").header("Authorization", "Bearer gmk_notarealtoken")
                        .contentType(MediaType.APPLICATION_JSON).content(INCOMPLETE_CHECK))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString("invalid_token")))
                .andExpect(jsonPath("$.detail").value(ApiTokenVerifier.UNKNOWN));
        mvc.perform(post("/api/v1/consent-checks").header("Authorization", "Bearer ")
                        .contentType(MediaType.APPLICATION_JSON).content(INCOMPLETE_CHECK))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_revoked_token_gets_401() throws Exception {
        JsonNode created = createAsAdmin("{\"name\": \"old pipeline\", \"scopes\": [\"consent:check\"], "
                + "\"organization\": \"" + harbor + "\"}");

        mvc.perform(delete("/api/v1/tokens/" + created.get("id").asString()).with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revokedAt").value(START.toString()));

        mvc.perform(post("/api/v1/consent-checks").header("Authorization", "Bearer " + created.get("token").asString())
                        .contentType(MediaType.APPLICATION_JSON).content(INCOMPLETE_CHECK))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(ApiTokenVerifier.REVOKED));
    }

    @Test
    void a_token_revoked_by_another_node_stops_working_once_this_node_reads_it_again() throws Exception {
        JsonNode created = createAsAdmin("{\"name\": \"elsewhere\", \"scopes\": [\"consent:check\"], "
                + "\"organization\": \"" + harbor + "\"}");
        String token = created.get("token").asString();
        mvc.perform(post("/api/v1/consent-checks").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(INCOMPLETE_CHECK))
                .andExpect(status().isBadRequest());

        // Another server of the same database revokes it: this one learns of it when it reads the token again.
        jdbc.sql("UPDATE api_token SET revoked_at = :at WHERE id = :id")
                .param("at", START.atOffset(java.time.ZoneOffset.UTC))
                .param("id", UUID.fromString(created.get("id").asString())).update();
        clock.advance(ApiTokens.KEPT_FOR);

        mvc.perform(post("/api/v1/consent-checks").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(INCOMPLETE_CHECK))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(ApiTokenVerifier.REVOKED));
    }

    @Test
    void an_expired_token_gets_401_from_its_expiry_instant() throws Exception {
        Instant expiry = START.plus(Duration.ofDays(1));
        String token = createAsAdmin("{\"name\": \"short\", \"scopes\": [\"consent:check\"], \"organization\": \""
                + harbor + "\", \"expiresAt\": \"" + expiry + "\"}").get("token").asString();

        clock.set(expiry.minusSeconds(1));
        mvc.perform(post("/api/v1/consent-checks").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(INCOMPLETE_CHECK))
                .andExpect(status().isBadRequest());
        clock.set(expiry);
        mvc.perform(post("/api/v1/consent-checks").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(INCOMPLETE_CHECK))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(ApiTokenVerifier.EXPIRED));
    }

    @Test
    void a_token_without_the_scope_gets_403_and_no_token_manages_tokens() throws Exception {
        JsonNode created = createAsAdmin("{\"name\": \"future\", \"scopes\": [\"consent:check\"], "
                + "\"organization\": \"" + harbor + "\"}");
        String token = created.get("token").asString();

        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tokens").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/somewhere-else").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());

        // A scope other than consent:check (one a later version may add) does not admit a check.
        jdbc.sql("UPDATE api_token SET scopes = 'submissions:write' WHERE id = :id")
                .param("id", UUID.fromString(created.get("id").asString())).update();
        clock.advance(ApiTokens.KEPT_FOR); // the server reads the token again after keeping it this long
        mvc.perform(post("/api/v1/consent-checks").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(INCOMPLETE_CHECK))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void a_production_account_makes_tokens_for_its_own_organization_only() throws Exception {
        String username = "harbor-" + UUID.randomUUID();
        accounts.create(username, "production passphrase", Role.PRODUCTION, harbor, null);
        UUID northwind = UUID.randomUUID();
        jdbc.sql("INSERT INTO organization (id, name, created_at) VALUES (:id, 'Northwind', :at)")
                .param("id", northwind).param("at", START.atOffset(ZoneOffset.UTC)).update();

        mvc.perform(post("/api/v1/tokens").with(user(username).roles("PRODUCTION")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"ours\", \"scopes\": [\"consent:check\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organization").value(harbor.toString()));
        mvc.perform(post("/api/v1/tokens").with(user(username).roles("PRODUCTION")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"theirs\", \"scopes\": [\"consent:check\"], \"organization\": \""
                                + northwind + "\"}"))
                .andExpect(status().isForbidden());
        String theirs = createAsAdmin("{\"name\": \"northwind's\", \"scopes\": [\"consent:check\"], "
                + "\"organization\": \"" + northwind + "\"}").get("id").asString();

        String list = mvc.perform(get("/api/v1/tokens").with(user(username).roles("PRODUCTION")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("\"ours\"").doesNotContain(theirs).doesNotContain(northwind.toString());
        mvc.perform(delete("/api/v1/tokens/" + theirs).with(user(username).roles("PRODUCTION")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void bad_token_requests_name_the_field() throws Exception {
        mvc.perform(post("/api/v1/tokens").with(user("admin").roles("ADMIN")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"scopes\": [\"consent:check\", \"everything\"], "
                                + "\"organization\": \"" + harbor + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.pointer").value("/scopes/1"));
        mvc.perform(post("/api/v1/tokens").with(user("admin").roles("ADMIN")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"scopes\": [\"consent:check\"], \"organization\": \"" + harbor
                                + "\", \"expiresAt\": \"" + START.plus(Duration.ofDays(400)) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.pointer").value("/expiresAt"));
        mvc.perform(post("/api/v1/tokens").with(user("admin").roles("ADMIN")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"scopes\": [\"consent:check\"], \"organization\": \""
                                + UUID.randomUUID() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.pointer").value("/organization"));
        mvc.perform(post("/api/v1/tokens").with(user("admin").roles("ADMIN")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\", \"scopes\": 7}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.pointer").value("/scopes"));
    }
}
