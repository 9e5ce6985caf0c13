package org.guildmark.app.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.registry.PersonRegistry;
import org.guildmark.core.dossier.Enums.PersonCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in page and the admin's account pages in a real, headless Chromium. */
@SpringBootTest(classes = GuildmarkApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInBrowserTests {

    private static final String ADMIN_PASSWORD = "browser admin passphrase";

    @RegisterExtension
    static final Browser browser = new Browser();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> ADMIN_PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    PersonRegistry people;

    @BeforeEach
    void signedOut() {
        browser.at(port).open("/login");
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void an_admin_creates_a_performer_account_signs_out_and_the_performer_signs_in() {
        people.register("Mara Lindqvist", PersonCategory.ADULT, LocalDate.of(1968, 9, 23), null, List.of());

        browser.signIn("admin", ADMIN_PASSWORD);
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.find(".account").getText()).contains("admin").contains("Administrator");
        browser.clickAndWait("nav a[href='/admin/accounts']");
        assertThat(browser.find("nav a[aria-current='page']").getText()).isEqualTo("Accounts");
        browser.assertAccessibleBasics();
        browser.screenshot("admin-accounts");

        browser.clickAndWait("a[href='/admin/accounts/new']");
        assertThat(browser.find("nav a[aria-current]").getText()).isEqualTo("Accounts");
        browser.assertAccessibleBasics();
        browser.find("#username").sendKeys("mara");
        browser.driver().findElement(By.xpath("//label[normalize-space(.)='Performer — is one person']/input"))
                .click();
        new Select(browser.find("#person")).selectByVisibleText("Mara Lindqvist");
        browser.screenshot("admin-new-account");
        browser.clickAndWait("main button[type=submit]");

        assertThat(browser.find("h1").getText()).isEqualTo("Account created");
        browser.assertAccessibleBasics();
        String password = browser.find(".secret").getText();
        assertThat(password).hasSize(20);
        browser.screenshot("admin-account-created");

        browser.signOut();
        assertThat(browser.path()).isEqualTo("/login?logout");
        assertThat(browser.find("[role=status]").getText()).contains("signed out");

        // A password the admin handed over is replaced first: every page leads to the change until it is.
        browser.signIn("mara", password);
        assertThat(browser.path()).isEqualTo("/account/password");
        assertThat(browser.find("h1").getText()).isEqualTo("Choose your own password");
        browser.assertAccessibleBasics();
        browser.screenshot("forced-password-change");
        browser.open("/wallet");
        assertThat(browser.path()).isEqualTo("/account/password");
        browser.find("#currentPassword").sendKeys(password);
        browser.find("#newPassword").sendKeys("mara's own long passphrase");
        browser.find("#newPasswordAgain").sendKeys("mara's own long passphrase");
        browser.clickAndWait("main button[type=submit]");

        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.find("[role=status]").getText()).contains("Your password is changed");
        assertThat(browser.find(".account").getText()).contains("mara").contains("Performer");
        assertThat(browser.findAll("nav a[href='/admin/accounts']")).isEmpty();
        assertThat(browser.find("main").getText()).contains("You are signed in as performer");
        browser.assertAccessibleBasics();
        browser.screenshot("performer-home");

        browser.open("/admin/accounts");
        assertThat(browser.find("h1").getText()).isEqualTo("Not allowed");
        browser.assertAccessibleBasics();
        browser.screenshot("error-403");
    }

    @Test
    void a_refused_account_form_shows_each_message_next_to_its_field_and_keeps_what_was_typed() {
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.open("/admin/accounts/new");
        browser.find("#username").sendKeys("Not Valid");
        browser.driver().findElement(By.xpath("//label[normalize-space(.)='Production — acts for an organization']/input"))
                .click();
        browser.driver().findElement(By.xpath("//label[starts-with(normalize-space(.), 'Enter a password')]/input"))
                .click();
        browser.find("#password").sendKeys("too short");
        browser.clickAndWait("main button[type=submit]");

        assertThat(browser.find("[role=alert]").getText()).contains("The account was not created");
        assertThat(browser.find("#username").getAttribute("value")).isEqualTo("Not Valid");
        assertThat(browser.find("#username").getAttribute("aria-describedby")).contains("username-error");
        assertThat(browser.find("#username-error").getText()).contains("lower-case letters");
        assertThat(browser.find("#organization").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#organization-error").getText()).contains("acts for an organization");
        assertThat(browser.find("#password").getAttribute("value")).isEmpty();
        assertThat(browser.find("#password-error").getText()).contains("at least 12 characters");
        browser.assertAccessibleBasics();
        browser.screenshot("admin-new-account-refused");
    }

    @Test
    void a_wrong_password_shows_the_error_tied_to_the_fields() {
        browser.signIn("admin", "not the password");

        assertThat(browser.path()).isEqualTo("/login?error");
        WebElement error = browser.find("#sign-in-error");
        assertThat(error.getAttribute("role")).isEqualTo("alert");
        assertThat(error.getText()).contains("The username or password is not right");
        assertThat(browser.find("#username").getAttribute("aria-describedby")).isEqualTo("sign-in-error");
        assertThat(browser.find("#password").getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessibleBasics();
        browser.screenshot("sign-in-error");
    }

    @Test
    void the_keyboard_alone_reaches_every_control_of_the_sign_in_page_and_signs_in() {
        browser.open("/login");
        browser.assertAccessibleBasics();
        browser.screenshot("sign-in");

        List<String> order = new ArrayList<>();
        for (int press = 0; press < 8 && !order.contains("button:Sign in"); press++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver().switchTo().activeElement();
            order.add(focused.getTagName() + ":" + (focused.getTagName().equals("input")
                    ? focused.getAttribute("id") : focused.getText().strip()));
            assertThat(outlineOf(focused)).as("visible focus on %s", order.get(order.size() - 1))
                    .isNotEqualTo("none");
        }
        assertThat(order).containsSubsequence("a:Skip to main content", "input:username", "input:password",
                "button:Sign in");

        // Back to the username by keyboard, type, and submit with Enter.
        browser.open("/login");
        new Actions(browser.driver()).sendKeys(Keys.TAB, Keys.TAB, Keys.TAB).sendKeys("admin")
                .sendKeys(Keys.TAB).sendKeys(ADMIN_PASSWORD).sendKeys(Keys.TAB).perform();
        assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Sign in");
        browser.pressAndWait(Keys.ENTER);
        assertThat(browser.path()).isEqualTo("/");
    }

    private String outlineOf(WebElement element) {
        return (String) ((JavascriptExecutor) browser.driver())
                .executeScript("return getComputedStyle(arguments[0]).outlineStyle;", element);
    }
}
