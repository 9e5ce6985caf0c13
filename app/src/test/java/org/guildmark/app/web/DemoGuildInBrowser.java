package org.guildmark.app.web;

import java.nio.file.Path;

import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.demo.DemoGuild;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test class that walks through the demo guild in a real, headless Chromium: its own server on a random port,
 * seeded with the demo guild in a data directory of its own, and {@link #browser} (a Chromium of its own too, the
 * subclasses taking turns with the one extension) pointed at it before each test.
 */
@SpringBootTest(classes = GuildmarkApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
// Subclasses share this configuration, so Spring would give them one server; each story changes the demo guild
// (withdraws, certifies, suspends), so each class gets a freshly seeded one instead.
@DirtiesContext
public abstract class DemoGuildInBrowser {

    @RegisterExtension
    protected static final Browser browser = new Browser();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void demoGuild(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "demo guild browser admin passphrase");
        properties.add("guildmark.demo", () -> "true");
    }

    @LocalServerPort
    protected int port;

    @BeforeEach
    void pointTheBrowserAtThisServer() {
        browser.at(port);
    }

    /** Signs in with one of the demo accounts, which lands on the home page. */
    protected void signIn(String username) {
        browser.signIn(username, DemoGuild.PASSWORD);
        assertThat(browser.path()).isEqualTo("/");
    }

    protected void signOut() {
        browser.signOut();
    }
}
