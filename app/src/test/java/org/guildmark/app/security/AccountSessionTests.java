package org.guildmark.app.security;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Live sessions, signed in through the real sign-in form, end on their next request when an admin disables their
 * account, changes its role or resets its password, and so do the API tokens the account made. A change made
 * through another server node (straight in the shared database) reaches this node's sessions once it reads the
 * account again, {@link AccountSessions#KEPT_FOR} later at most.
 */
class AccountSessionTests extends HarborOnAHandMovedClock {

    private static final String PASSWORD = "a long session passphrase";

    private Account account(Role role) {
        return accounts.create(role.code() + "-" + UUID.randomUUID(), PASSWORD, role,
                role == Role.PRODUCTION ? harbor : null, null);
    }

    /** Signs in through the form, as a browser does, and returns the session it got. */
    private MockHttpSession signIn(Account account) throws Exception {
        MvcResult result = mvc.perform(formLogin().user(account.username()).password(PASSWORD))
                .andExpect(authenticated().withUsername(account.username()))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private void asAdmin(String path, String... params) throws Exception {
        var request = post(path).with(user("admin").roles("ADMIN")).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).as(path).isBetween(200, 399);
    }

    @Test
    void a_disabled_accounts_session_is_sent_to_sign_in_on_its_next_request_and_told_why() throws Exception {
        Account rita = account(Role.RESEARCHER);
        MockHttpSession session = signIn(rita);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        asAdmin("/admin/accounts/" + rita.id() + "/disable");

        MvcResult refused = mvc.perform(get("/").session(session))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"))
                .andReturn();
        assertThat(session.isInvalid()).isTrue();
        MockHttpSession after = (MockHttpSession) refused.getRequest().getSession(false);
        assertThat(mvc.perform(get("/login").session(after)).andReturn().getResponse().getContentAsString())
                .contains("You were signed out because your account was changed");
        mvc.perform(get("/").session(after)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void a_new_role_ends_the_session_that_carried_the_old_one() throws Exception {
        Account harborAccount = account(Role.PRODUCTION);
        MockHttpSession session = signIn(harborAccount);
        mvc.perform(get("/production").session(session)).andExpect(status().isOk());

        asAdmin("/admin/accounts/" + harborAccount.id() + "/role", "role", "officer");

        mvc.perform(get("/production").session(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin().user(harborAccount.username()).password(PASSWORD))
                .andExpect(authenticated().withRoles("OFFICER"));
    }

    @Test
    void a_password_reset_ends_the_session_and_the_next_sign_in_must_choose_a_password() throws Exception {
        Account olga = account(Role.OFFICER);
        MockHttpSession session = signIn(olga);

        asAdmin("/admin/accounts/" + olga.id() + "/password", "passwordMode", "enter",
                "password", "a password the admin typed", "passwordAgain", "a password the admin typed");

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
        MockHttpSession again = (MockHttpSession) mvc.perform(formLogin().user(olga.username())
                        .password("a password the admin typed"))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
        mvc.perform(get("/").session(again)).andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void a_session_on_the_api_ends_too_and_is_answered_with_a_401_problem() throws Exception {
        Account harborAccount = account(Role.PRODUCTION);
        MockHttpSession session = signIn(harborAccount);
        mvc.perform(get("/api/v1/tokens").session(session)).andExpect(status().isOk());

        asAdmin("/admin/accounts/" + harborAccount.id() + "/disable");

        mvc.perform(get("/api/v1/tokens").session(session))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void the_tokens_an_account_made_stop_working_when_it_is_disabled_and_stay_revoked_when_enabled()
            throws Exception {
        Account harborAccount = account(Role.PRODUCTION);
        MockHttpSession session = signIn(harborAccount);
        String created = mvc.perform(post("/api/v1/tokens").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"voice pipeline\", \"scopes\": [\"consent:check\"]}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String token = JSON.readTree(created).get("token").asString();
        String incomplete = "{\"aspects\": [\"voice\"]}";
        mvc.perform(post("/api/v1/consent-checks").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(incomplete))
                .andExpect(status().isBadRequest());

        asAdmin("/admin/accounts/" + harborAccount.id() + "/disable");

        mvc.perform(post("/api/v1/consent-checks").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(incomplete))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(ApiTokenVerifier.REVOKED));
        asAdmin("/admin/accounts/" + harborAccount.id() + "/enable");
        mvc.perform(post("/api/v1/consent-checks").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(incomplete))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_change_made_through_another_node_reaches_this_nodes_sessions_once_it_reads_the_account_again()
            throws Exception {
        Account rita = account(Role.RESEARCHER);
        Account oscar = account(Role.OFFICER);
        MockHttpSession ritas = signIn(rita);
        MockHttpSession oscars = signIn(oscar);

        // Another node disables one account and resets the other's password: only the database knows.
        jdbc.sql("UPDATE account SET enabled = FALSE, session_epoch = session_epoch + 1 WHERE id = :id")
                .param("id", rita.id()).update();
        jdbc.sql("UPDATE account SET session_epoch = session_epoch + 1 WHERE id = :id")
                .param("id", oscar.id()).update();
        clock.advance(AccountSessions.KEPT_FOR);

        mvc.perform(get("/").session(ritas)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/").session(oscars)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void changing_ones_own_password_keeps_this_session_and_ends_the_others() throws Exception {
        Account ines = account(Role.COMMITTEE);
        MockHttpSession here = signIn(ines);
        MockHttpSession elsewhere = signIn(ines);

        mvc.perform(post("/account/password").session(here).with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "a passphrase of my own")
                        .param("newPasswordAgain", "a passphrase of my own"))
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/").session(here)).andExpect(status().isOk());
        mvc.perform(get("/").session(elsewhere)).andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin().user(ines.username()).password("a passphrase of my own"))
                .andExpect(authenticated());
    }
}
