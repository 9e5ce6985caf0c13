package org.guildmark.app.account;

import java.nio.file.Path;

import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.registry.Organizations;
import org.guildmark.app.security.Accounts;
import org.guildmark.app.security.Role;
import org.guildmark.app.web.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A production account manages its API tokens in a real, headless Chromium, without JavaScript of its own. */
@SpringBootTest(classes = GuildmarkApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class TokenBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "token browser admin passphrase");
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Organizations organizations;

    @Test
    void a_production_account_creates_a_token_sees_it_once_and_revokes_it_after_confirming() {
        accounts.create("harbor", "a production passphrase", Role.PRODUCTION,
                organizations.register("Harbor Pictures"), null);
        browser.at(port).signIn("harbor", "a production passphrase");

        browser.clickAndWait("nav a[href='/account/tokens']");
        assertThat(browser.find("nav a[aria-current='page']").getText()).isEqualTo("API tokens");
        assertThat(browser.find("main").getText()).contains("Harbor Pictures").contains("No token");
        browser.assertAccessibleBasics();
        browser.screenshot("tokens-empty");
        browser.find("#name").sendKeys("voice pipeline");
        browser.clickAndWait("main form button[type=submit]");

        assertThat(browser.find("h1").getText()).isEqualTo("Token created");
        String secret = browser.find(".secret").getText();
        assertThat(secret).startsWith("gmk_").hasSize(47);
        assertThat(browser.find("[role=alert]").getText()).contains("Copy it now");
        browser.assertAccessibleBasics();
        browser.screenshot("token-created");

        browser.clickAndWait("main a[href='/account/tokens']");
        assertThat(browser.find("table").getText()).contains("voice pipeline").contains(secret.substring(0, 12))
                .doesNotContain(secret);
        browser.assertAccessibleBasics();
        browser.screenshot("tokens-list");
        browser.clickAndWait("td a.button.danger");
        assertThat(browser.find("h1").getText()).startsWith("Revoke the token");
        browser.assertAccessibleBasics();
        browser.clickAndWait("main button[type=submit]");

        assertThat(browser.path()).isEqualTo("/account/tokens");
        assertThat(browser.find("[role=status]").getText()).contains("is revoked");
        assertThat(browser.find("table").getText()).contains("Revoked");
    }
}
