package org.guildmark.app.security;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.guildmark.app.GuildmarkApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With an OIDC provider configured (a fake one on 127.0.0.1 with explicit endpoints: no discovery, no network),
 * the sign-in page offers it, its link starts the authorization-code flow at the provider, and a provider's user
 * becomes the local account its claim names, or nobody.
 */
@SpringBootTest(classes = GuildmarkApplication.class)
@AutoConfigureMockMvc
class OidcSignInTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void fakeProvider(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "oidc admin passphrase");
        properties.add("guildmark.oidc.client-id", () -> "guildmark-test");
        properties.add("guildmark.oidc.client-secret", () -> "not-a-real-secret");
        properties.add("guildmark.oidc.name", () -> "Guild Sign-On");
        properties.add("guildmark.oidc.authorization-uri", () -> "http://127.0.0.1:9/authorize");
        properties.add("guildmark.oidc.token-uri", () -> "http://127.0.0.1:9/token");
        properties.add("guildmark.oidc.jwk-set-uri", () -> "http://127.0.0.1:9/jwks");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    ClientRegistrationRepository registrations;

    @Test
    void the_sign_in_page_offers_the_configured_provider() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("signInProviders",
                        List.of(new SignInProviders.Provider("Guild Sign-On", "/oauth2/authorization/oidc"))))
                .andExpect(content().string(containsString(
                        "<a href=\"/oauth2/authorization/oidc\">Sign in with Guild Sign-On</a>")));
    }

    @Test
    void the_provider_link_starts_the_authorization_code_flow_at_the_provider() throws Exception {
        String location = mvc.perform(get("/oauth2/authorization/oidc"))
                .andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("http://127.0.0.1:9/authorize?")
                .contains("response_type=code", "client_id=guildmark-test", "scope=openid")
                .contains("redirect_uri=http://localhost/login/oauth2/code/oidc");
    }

    @Test
    void a_provider_user_signs_in_as_the_local_account_the_claim_names_and_no_one_else() {
        OidcAccounts mapping = new OidcAccounts(request -> user(Map.of("sub", "idp-1", "preferred_username", "admin")),
                accounts, "preferred_username");
        OidcUser admin = mapping.loadUser(request());
        assertThat(admin.getName()).isEqualTo("admin");
        assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");

        OidcAccounts stranger = new OidcAccounts(request -> user(Map.of("sub", "idp-2", "preferred_username",
                "someone-new")), accounts, "preferred_username");
        assertThatThrownBy(() -> stranger.loadUser(request())).isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("No Guildmark account");
        assertThat(accounts.find("someone-new")).as("never created by signing in").isEmpty();

        OidcAccounts noClaim = new OidcAccounts(request -> user(Map.of("sub", "idp-3")), accounts, "email");
        assertThatThrownBy(() -> noClaim.loadUser(request())).isInstanceOf(OAuth2AuthenticationException.class);
    }

    private OidcUserRequest request() {
        return null; // the stub provider ignores the request
    }

    private static OidcUser user(Map<String, Object> claims) {
        OidcIdToken token = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60), claims);
        return new DefaultOidcUser(List.of(), token);
    }
}
