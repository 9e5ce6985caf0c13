package org.guildmark.app.labor;

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
}
