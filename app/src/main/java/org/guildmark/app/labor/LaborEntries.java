package org.guildmark.app.labor;

import org.guildmark.app.security.Role;
import org.guildmark.app.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The fair-labor pages' place in the navigation. */
@Configuration(proxyBeanMethods = false)
class LaborEntries {

    @Bean
    NavigationEntry ratesEntry() {
        return NavigationEntry.forEveryone(RatePages.PATH, "Rates",
                "The guild's minimum rates by role, unit and budget tier, with every version kept.", 60);
    }

    @Bean
    NavigationEntry revenueEntry() {
        return NavigationEntry.of(RevenuePages.PATH, "Revenue share",
                "Report revenue per period and issue each creator's revenue-share statement (CSV, PDF).", 30,
                Role.PRODUCTION);
    }
}
