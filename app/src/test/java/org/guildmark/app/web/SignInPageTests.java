package org.guildmark.app.web;

import java.nio.file.Path;

import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.security.Account;
import org.guildmark.app.security.Accounts;
import org.guildmark.app.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the sign-in page says after each kind of refusal, what the home page offers, and what the log keeps. */
@SpringBootTest(classes = GuildmarkApplication.class)
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SignInPageTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "sign-in page admin passphrase");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Test
    void a_wrong_password_says_so_and_warns_of_the_lock() throws Exception {
        MockHttpSession session = refusedSignIn("admin", "not the password");

        assertThat(page("/login", "error", session))
                .contains(SignInPage.WRONG_CREDENTIALS)
                .contains("aria-describedby=\"sign-in-error\"")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void after_five_failures_the_page_says_the_account_is_locked() throws Exception {
        accounts.create("lena.locked", "lena's right passphrase", Role.RESEARCHER, null, null);
        MockHttpSession session = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            session = refusedSignIn("lena.locked", "wrong guess " + attempt);
        }
        assertThat(page("/login", "error", session)).contains(SignInPage.WRONG_CREDENTIALS);

        session = refusedSignIn("lena.locked", "lena's right passphrase");

        assertThat(page("/login", "error", session)).contains(SignInPage.LOCKED).contains("15 minutes");
    }

    @Test
    void a_disabled_account_reads_like_a_wrong_password_so_no_one_learns_which_accounts_exist() throws Exception {
        Account dora = accounts.create("dora", "dora's long passphrase", Role.OFFICER, null, null);
        accounts.setEnabled(dora.id(), false);

        MockHttpSession session = refusedSignIn("dora", "dora's long passphrase");

        assertThat(page("/login", "error", session)).contains(SignInPage.WRONG_CREDENTIALS).doesNotContain("disabled");
    }

    @Test
    void the_page_confirms_a_sign_out_and_has_no_error_otherwise() throws Exception {
        assertThat(page("/login", "logout", new MockHttpSession())).contains("You have signed out.")
                .doesNotContain("sign-in-error");
        assertThat(page("/login", null, new MockHttpSession())).doesNotContain("sign-in-error")
                .doesNotContain("signed out").contains("name=\"_csrf\"");
    }

    @Test
    void the_home_page_shows_each_role_what_it_may_use() throws Exception {
        String admin = mvc.perform(get("/").with(user("ines").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(admin).contains("Welcome, <span>ines</span>").contains("href=\"/admin/accounts\"")
                .contains("You manage the accounts");

        String performer = mvc.perform(get("/").with(user("mara").roles("PERFORMER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(performer).contains("Performer").doesNotContain("/admin/accounts")
                .contains("href=\"/wallet\"").contains("My consents").doesNotContain("href=\"/production\"");

        String researcher = mvc.perform(get("/").with(user("rut").roles("RESEARCHER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(researcher).doesNotContain("href=\"/wallet\"").contains("href=\"/insights\"")
                .doesNotContain("href=\"/production/revenue\"");
    }

    @Test
    void the_log_names_a_failed_account_only_by_a_hash(CapturedOutput output) throws Exception {
        refusedSignIn("someone.secret", "a password never to be logged");

        assertThat(output.getAll()).contains("Sign-in failed for account")
                .doesNotContain("someone.secret").doesNotContain("never to be logged");
    }

    private MockHttpSession refusedSignIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(username).password(password))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn().getRequest().getSession();
    }

    /** The page with a value-less query parameter, as {@code /login?error}. */
    private String page(String path, String flag, MockHttpSession session) throws Exception {
        var request = get(path).session(session);
        if (flag != null) {
            request.param(flag, "");
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
