package org.guildmark.app.wallet;

import org.guildmark.app.web.DemoGuildInBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo guild's story in a real, headless Chromium: Mara withdraws a consent through its confirmation page and
 * sees the withdrawal, its history entry and the deletion it creates; Harbor Pictures sees the obligation and
 * confirms the deletion with evidence; Karin Sand, Elin's guardian, gives the minor's waiting grant.
 */
class WalletBrowserTests extends DemoGuildInBrowser {

    private static final String EVIDENCE = "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea";

    @Test
    void a_withdrawal_reaches_the_production_which_confirms_deletion_and_the_guardian_gives_the_minors_grant() {
        // Mara sees her three grants (the teaser's, withdrawn already) and withdraws the one Harbor used in scene 18.
        signIn("mara");
        browser.clickAndWait("nav a[href='/wallet']");
        assertThat(browser.find("h1").getText()).isEqualTo("Your consents");
        assertThat(browser.findAll(".grant-card")).hasSize(3);
        browser.assertAccessibleBasics();
        browser.screenshot("wallet");

        browser.clickAndWait(browser.driver().findElement(
                By.xpath("//li[contains(@class,'grant-card')][.//dd[normalize-space(.)='face, voice']]"
                        + "[not(contains(., 'teaser'))]//h3/a")));
        assertThat(browser.find("main").getText()).contains("scene 18 flashback").contains("30 days’ notice");
        browser.assertAccessibleBasics();
        browser.screenshot("wallet-grant");
        String grantPath = browser.path();

        browser.clickAndWait("a.button.danger");
        assertThat(browser.path()).isEqualTo(grantPath + "/withdraw");
        assertThat(browser.find("main").getText()).contains("Withdraw your consent?").contains("30 days’ notice")
                .contains("Harbor Pictures, The Lighthouse Keeper: by");
        browser.assertAccessibleBasics();
        browser.screenshot("wallet-withdraw");
        // Keyboard only: type the reason, tab to the button and press it.
        browser.find("#reason").sendKeys("I would rather not appear de-aged after all");
        browser.find("#reason").sendKeys(Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Withdraw the consent");
        browser.pressAndWait(Keys.ENTER);

        assertThat(browser.path()).isEqualTo(grantPath);
        assertThat(browser.find("[role=status]").getText()).contains("The consent is withdrawn")
                .contains("1 deletion obligation was created");
        assertThat(browser.find(".page-head .status").getText()).startsWith("withdrawn · takes effect");
        WebElement lastChange = browser.findAll("section[aria-labelledby=history-heading] tbody tr").get(1);
        assertThat(lastChange.getText()).contains("withdrawn").contains("I would rather not appear de-aged")
                .contains("Download");
        assertThat(browser.find("section[aria-labelledby=deletions-heading]").getText()).contains("open")
                .contains("Harbor Pictures").contains("Not confirmed yet");
        browser.assertAccessibleBasics();
        browser.screenshot("wallet-withdrawn");
        signOut();

        // Harbor sees the overdue obligation (Owen's) first, then Mara's two (the teaser's falls due first), and
        // confirms the feature's.
        signIn("harbor");
        browser.clickAndWait("nav a[href='/production']");
        var rows = browser.findAll("section[aria-labelledby=deletions-heading] tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getText()).startsWith("overdue").contains("Owen Pryce");
        assertThat(rows.get(1).getText()).startsWith("open").contains("Mara Lindqvist").contains("teaser");
        assertThat(rows.get(2).getText()).startsWith("open").contains("Mara Lindqvist").doesNotContain("teaser");
        browser.assertAccessibleBasics();
        browser.screenshot("production");
        browser.clickAndWait(rows.get(2).findElement(By.cssSelector("a.button")));
        browser.find("#evidenceSha256").sendKeys("not a hash");
        browser.clickAndWait("main button[type=submit]");
        assertThat(browser.find("#evidenceSha256-error").getText()).contains("64 hexadecimal digits");
        assertThat(browser.find("#description-error").getText()).contains("Say what the evidence shows");
        assertThat(browser.find("#evidenceSha256").getAttribute("aria-describedby"))
                .contains("evidenceSha256-error");
        browser.screenshot("production-confirm-refused");
        browser.find("#evidenceSha256").clear();
        browser.find("#evidenceSha256").sendKeys(EVIDENCE);
        browser.find("#description").sendKeys("Replica and scene-18 takes wiped from the render farm and backups");
        browser.clickAndWait("main button[type=submit]");
        assertThat(browser.path()).isEqualTo("/production");
        assertThat(browser.find("[role=status]").getText()).contains("The deletion is confirmed");
        rows = browser.findAll("section[aria-labelledby=deletions-heading] tbody tr");
        assertThat(rows.get(2).getText()).startsWith("confirmed").contains(EVIDENCE);
        signOut();

        // Mara sees the confirmation in her wallet.
        signIn("mara");
        browser.open(grantPath);
        assertThat(browser.find("section[aria-labelledby=deletions-heading]").getText()).contains("confirmed")
                .contains(EVIDENCE);
        signOut();

        // Karin, Elin's guardian, gives the grant that waits for her.
        signIn("karin");
        browser.clickAndWait("nav a[href='/wallet']");
        assertThat(browser.find("main").getText()).contains("Elin Sand").contains("Karin Sand, guardian");
        browser.assertAccessibleBasics();
        browser.screenshot("representative-people");
        browser.clickAndWait(browser.driver().findElement(By.linkText("Elin Sand")));
        assertThat(browser.find(".grant-card").getText()).contains("Waiting for you:");
        browser.clickAndWait(".grant-card h3 a");
        browser.screenshot("representative-grant");
        browser.clickAndWait(browser.driver().findElement(
                By.xpath("//button[normalize-space(.)='Give this consent as guardian']")));
        assertThat(browser.find("[role=status]").getText()).contains("The consent is given");
        assertThat(browser.find(".page-head .status").getText()).isEqualTo("given");
        assertThat(browser.find("main").getText()).contains("guardian by Karin Sand")
                .contains("heightened review by Guild heightened-review panel");
    }
}
