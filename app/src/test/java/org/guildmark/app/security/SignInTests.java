package org.guildmark.app.security;

import java.nio.file.Path;

import org.guildmark.app.GuildmarkApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signing in through the real form, with the admin account the first start created. */
@SpringBootTest(classes = GuildmarkApplication.class)
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SignInTests {

    private static final String ADMIN_PASSWORD = "sign-in admin passphrase";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> ADMIN_PASSWORD);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    LoginThrottle throttle;

    @Test
    void without_an_oidc_provider_the_sign_in_page_offers_none_and_no_oidc_flow_starts() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("signInProviders", java.util.List.of()));
        mvc.perform(get("/oauth2/authorization/oidc"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void the_admin_signs_in_with_the_configured_password_and_a_csrf_token() throws Exception {
        mvc.perform(formLogin().user("admin").password(ADMIN_PASSWORD))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("admin").withRoles("ADMIN"));
    }

    @Test
    void a_sign_in_without_the_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", ADMIN_PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void a_wrong_password_is_refused() throws Exception {
        mvc.perform(formLogin().user("admin").password("not the password"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void five_failed_sign_ins_lock_the_account_even_against_the_right_password(CapturedOutput output)
            throws Exception {
        accounts.create("rosa.locked", "the right passphrase", Role.RESEARCHER, null, null);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(throttle.isLocked("rosa.locked")).as("before attempt %d", attempt).isFalse();
            mvc.perform(formLogin().user("rosa.locked").password("wrong guess " + attempt))
                    .andExpect(redirectedUrl("/login?error"))
                    .andExpect(unauthenticated());
        }
        assertThat(throttle.isLocked("rosa.locked")).isTrue();

        mvc.perform(formLogin().user("rosa.locked").password("the right passphrase"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());

        assertThat(output.getAll())
                .contains("Sign-in failed for account " + AccountAuthentication.digest("rosa.locked"))
                .contains("locked after repeated failures")
                .doesNotContain("rosa.locked")
                .doesNotContain("wrong guess")
                .doesNotContain("the right passphrase");
    }

    @Test
    void every_response_carries_the_security_headers() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", WebSecurity.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
    }

    @Test
    void https_responses_also_carry_strict_transport_security() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(status().isOk())
                .andExpect(header().string("Strict-Transport-Security",
                        org.hamcrest.Matchers.containsString("max-age=")));
    }
}
