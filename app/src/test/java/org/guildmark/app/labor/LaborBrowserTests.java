package org.guildmark.app.labor;

import org.guildmark.app.web.DemoGuildInBrowser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fair-labor pages in a real, headless Chromium on the demo guild: the researcher reads the workforce insights
 * (charts, suppressed cells) and the displacement in Local 839; Harbor reads its revenue-share statement; anyone
 * signed in reads the guild's rates.
 */
class LaborBrowserTests extends DemoGuildInBrowser {

    @Test
    void a_researcher_reads_the_insights_and_a_production_its_statements() {
        signIn("researcher");
        browser.clickAndWait("nav a[href='/insights']");
        assertThat(browser.find("h1").getText()).isEqualTo("Workforce insights");
        assertThat(browser.findAll("svg.chart")).hasSizeGreaterThanOrEqualTo(4);
        String byRole = browser.find("#displacement-by-role-and-local").getText();
        // Storyboard artists (12) and concept artists (11) are published; editors (3) and colourists (2) are not.
        assertThat(byRole).contains("storyboard-artist").contains("12").contains("concept-artist").contains("11")
                .contains("suppressed");
        assertThat(browser.find("main").getText()).doesNotContain("Northwind").doesNotContain("Paper Lantern");
        browser.assertAccessibleBasics();
        browser.screenshot("insights");
        browser.clickAndWait("nav a[href='/labor/displacement']");
        assertThat(browser.find("main").getText()).contains("IATSE Local 839").contains("storyboard-artist")
                .contains("severance");
        browser.assertAccessibleBasics();
        signOut();

        signIn("harbor");
        browser.clickAndWait("nav a[href='/production/revenue']");
        assertThat(browser.find("main").getText()).contains("Terms version 1").contains("Mara Lindqvist");
        browser.clickAndWait("main table a[href^='/production/revenue/reports/']");
        assertThat(browser.find("main").getText()).contains("Amount").contains("USD");
        browser.assertAccessibleBasics();
        browser.screenshot("revenue-statement");
        browser.clickAndWait("nav a[href='/rates']");
        browser.clickAndWait("main a[href='/rates/guild-minimums']");
        assertThat(browser.find("main").getText()).contains("In force today").contains("Version 2");
        browser.assertAccessibleBasics();
        signOut();
    }
}
