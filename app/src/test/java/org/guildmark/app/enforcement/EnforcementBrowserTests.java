package org.guildmark.app.enforcement;

import org.guildmark.app.web.DemoGuildInBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enforcement in a real, headless Chromium on the demo guild: someone reports The Lighthouse Keeper anonymously and
 * keeps the receipt; the committee triages and investigates and asks a question; the reporter answers with the
 * receipt; the committee decides a public suspension of certification, which suspends the certificate for anyone
 * to see; Harbor appeals; the member who decided may not hear the appeal, another member upholds the decision.
 */
class EnforcementBrowserTests extends DemoGuildInBrowser {

    @Test
    void an_anonymous_report_leads_to_a_suspended_certificate_and_an_appeal_heard_by_another_member() {
        // Anyone, no account: the report, and the receipt shown once.
        browser.open("/complaints/new");
        browser.assertAccessibleBasics();
        browser.find("#production").sendKeys("lighthouse-2026");
        browser.find("input[name=clauses][value='3.1']").click();
        browser.find("#description").sendKeys("The festival cut of The Lighthouse Keeper still uses the flashback "
                + "replica shots that were meant to be removed.");
        browser.screenshot("enforcement-complaint");
        browser.clickAndWait("form.stack button[type=submit]");
        assertThat(browser.find("h1").getText()).isEqualTo("Your report was received");
        String receipt = browser.find("#receipt").getText();
        assertThat(receipt).matches("[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4}");
        String reference = browser.find("[role=status] strong").getText();
        browser.assertAccessibleBasics();
        browser.screenshot("enforcement-receipt");

        // The committee: the dashboard, the case, triage, investigation and a question to the reporter.
        signIn("committee");
        browser.clickAndWait("nav a[href='/committee']");
        assertThat(browser.find("#open-cases").getText()).contains(reference).contains("Voices of the Harbor");
        browser.assertAccessibleBasics();
        browser.screenshot("enforcement-dashboard");
        browser.clickAndWait(browser.driver().findElement(By.linkText(reference)));
        String casePath = browser.path();
        assertThat(browser.find("#case-subject").getText()).contains("The Lighthouse Keeper (lighthouse-2026)");
        move("triage");
        move("investigation");
        assertThat(browser.find("#case-state").getText()).isEqualTo("under investigation");
        browser.find("#message-body").sendKeys("Thank you. At which festival did you see this cut?");
        browser.clickAndWait("form[action$='/messages'] button");
        signOut();

        // The reporter comes back with the receipt, reads the question and answers.
        browser.open("/complaints/receipt");
        browser.find("#receipt").sendKeys(receipt);
        browser.clickAndWait("form.stack button[type=submit]");
        assertThat(browser.path()).isEqualTo("/complaints/receipt/case");
        assertThat(browser.find("main").getText()).contains("At which festival did you see this cut?");
        browser.find("#body").sendKeys("The Harbor Film Days preview, on the 12th.");
        browser.clickAndWait("form[action$='/messages'] button");
        assertThat(browser.find("[role=status]").getText()).contains("sent to the committee");
        browser.assertAccessibleBasics();
        browser.screenshot("enforcement-reporter");
        browser.clickAndWait("form[action$='/leave'] button");

        // The committee decides: a public suspension of certification.
        signIn("committee");
        browser.open(casePath);
        assertThat(browser.find("main").getText()).contains("The Harbor Film Days preview, on the 12th.");
        browser.find("#decision-form input[name=outcome][value=violation]").click();
        browser.find("#reasons").sendKeys("The preview copy carried the replica shots after consent to them was "
                + "withdrawn.");
        browser.find("#decision-form input[name=kinds][value=certification-suspension]").click();
        browser.find("#decision-form input[name=published]").click();
        browser.assertAccessibleBasics();
        browser.screenshot("enforcement-case");
        browser.clickAndWait("#decision-form button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).contains("The decision was recorded");
        assertThat(browser.find("#sanctions").getText()).contains("suspension of certification")
                .contains("in-effect");
        assertThat(browser.find("#timeline").getText()).contains("sanction-in-effect");
        signOut();

        // Anyone sees the certificate suspended, and the public record of the sanction.
        browser.open("/productions/lighthouse-2026");
        assertThat(browser.find(".lead").getText()).startsWith("Certificate suspended");

        // Harbor appeals.
        signIn("harbor");
        browser.clickAndWait("nav a[href='/production/sanctions']");
        assertThat(browser.find("main").getText()).contains(reference).contains("The Code was violated");
        WebElement grounds = browser.find("textarea[name=grounds]");
        grounds.sendKeys("The preview used an older cut; the shots were removed from the release.");
        browser.clickAndWait("main form button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).contains("Your appeal on case " + reference);
        browser.assertAccessibleBasics();
        browser.screenshot("enforcement-appeal");
        signOut();

        // The member who decided may not hear the appeal; another member does.
        signIn("committee");
        browser.open(casePath);
        browser.find("#appeal-form input[name=outcome][value=upheld]").click();
        browser.find("#appeal-reasons").sendKeys("Upheld.");
        browser.clickAndWait("#appeal-form button[type=submit]");
        assertThat(browser.find("[role=alert]").getText()).contains("You decided this case");
        signOut();

        signIn("committee2");
        browser.open(casePath);
        browser.find("#appeal-form input[name=outcome][value=upheld]").click();
        browser.find("#appeal-reasons").sendKeys("The preview was public; the older cut is no excuse.");
        browser.clickAndWait("#appeal-form button[type=submit]");
        assertThat(browser.find("#appeal-outcome").getText()).contains("upheld").contains("committee2");
        assertThat(browser.find("#case-state").getText()).isEqualTo("appeal decided");
        browser.assertAccessibleBasics();
        browser.screenshot("enforcement-appeal-decided");
    }

    private void move(String state) {
        browser.find("form[action$='/state'] input[name=to][value=" + state + "]").click();
        browser.clickAndWait("form[action$='/state'] button[type=submit]");
    }
}
