package org.guildmark.app.certification;

import java.nio.file.Path;

import org.guildmark.app.web.DemoGuildInBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Certification in a real, headless Chromium on the demo guild: Harbor uploads a new version of The Lighthouse
 * Keeper and sees it compared with the first; two officers certify it (four-eyes); anyone reads the public pages,
 * sees the teaser's suspension, and verifies the certificate by pasting it.
 */
class CertificationBrowserTests extends DemoGuildInBrowser {

    @Test
    void a_new_version_is_submitted_certified_by_two_officers_and_verified_by_anyone() throws Exception {
        signIn("harbor");
        browser.clickAndWait("nav a[href='/production/submissions']");
        assertThat(browser.find("h1").getText()).isEqualTo("Certification");
        assertThat(browser.find("main").getText()).contains("Voices of the Harbor").contains("rejected")
                .contains("The Lighthouse Keeper (teaser)");
        browser.assertAccessibleBasics();
        browser.screenshot("certification-submissions");
        browser.find("#dossier").sendKeys(Path.of("..", "examples", "lighthouse-feature.yaml").toAbsolutePath()
                .normalize().toString());
        browser.clickAndWait("form[enctype] button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).contains("Version 2 was audited");
        assertThat(browser.find("h1").getText()).isEqualTo("The Lighthouse Keeper · version 2");
        assertThat(browser.find("section[aria-labelledby=diff-heading]").getText())
                .contains("The same findings as version 1");
        assertThat(browser.find("section[aria-labelledby=adl-heading]").getText()).contains("ADL-2");
        browser.assertAccessibleBasics();
        browser.screenshot("certification-submission");
        String submission = browser.path().substring("/production/submissions/".length());
        signOut();

        signIn("officer");
        browser.clickAndWait("nav a[href='/review']");
        browser.assertAccessibleBasics();
        browser.screenshot("certification-queue");
        browser.open("/review/submissions/" + submission);
        browser.find("input[name=decision][value=certify]").click();
        browser.find("#reasons").sendKeys("Unchanged from the certified first version.");
        browser.clickAndWait("form.panel button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).contains("awaiting a second officer");
        signOut();

        signIn("officer2");
        browser.open("/review/submissions/" + submission);
        browser.find("input[name=decision][value=certify]").click();
        browser.find("#reasons").sendKeys("Agreed.");
        browser.clickAndWait("form.panel button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).startsWith("Certified: certificate urn:uuid:");
        browser.screenshot("certification-certified");
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("dl.facts a[href^='/review/certificates/']")));
        assertThat(browser.find("main").getText()).contains("Certified by officer and officer2");
        String uuid = browser.path().substring("/review/certificates/".length());
        signOut();

        // Anyone: the teaser's certificate is suspended since Mara withdrew its consent.
        browser.open("/productions/lighthouse-teaser");
        assertThat(browser.find(".lead").getText()).startsWith("Certificate suspended");
        assertThat(browser.find(".lead .status").getAttribute("class")).contains("warn");
        browser.assertAccessibleBasics();
        // The statement, the credits and the checkpoint wrap rather than widen the page.
        browser.open("/productions/lighthouse-2026");
        assertThat(browser.find(".lead .status").getAttribute("class")).contains("on");
        assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                return document.documentElement.scrollWidth <= window.innerWidth
                    && [...document.querySelectorAll('pre.wrapped')].every(e => e.scrollWidth <= e.clientWidth)"""))
                .as("no line of the statement, credits or checkpoint runs past its box").isTrue();
        browser.open("/certificates/" + uuid);
        assertThat(browser.findAll("svg.qr")).hasSize(1);
        browser.screenshot("certification-certificate");
        // The .jwt is a download for a browser; a verifier fetches it as anyone would.
        String jws = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/certificates/" + uuid + ".jwt")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        browser.open("/verify");
        browser.find("#certificate").sendKeys(jws);
        browser.clickAndWait("main button[type=submit]");
        // Every check, the log's too: the sequencer logged the issuance within half a second.
        assertThat(browser.find("section[aria-labelledby=result-heading]").getText())
                .startsWith("Valid: every check passed")
                .contains("PASS issuer signature").contains("PASS revocation status")
                .contains("PASS suspension status").contains("PASS log checkpoint").contains("PASS log inclusion");
        browser.assertAccessibleBasics();
        browser.screenshot("certification-verified");
    }
}
