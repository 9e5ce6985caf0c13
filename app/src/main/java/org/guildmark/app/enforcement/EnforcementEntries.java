package org.guildmark.app.enforcement;

import org.guildmark.app.security.Role;
import org.guildmark.app.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The enforcement pages' place in the navigation. */
@Configuration(proxyBeanMethods = false)
class EnforcementEntries {

    @Bean
    NavigationEntry committeeEntry() {
        return NavigationEntry.of(CommitteePages.PATH, "Cases",
                "Take complaints, investigate, decide sanctions and hear appeals; declare conflicts of interest.",
                10, Role.COMMITTEE);
    }

    @Bean
    NavigationEntry conflictsEntry() {
        return NavigationEntry.of(CommitteePages.PATH + "/conflicts", "Conflicts",
                "Declare a conflict of interest, so you are recused from the cases it touches.", 20, Role.COMMITTEE);
    }

    @Bean
    NavigationEntry productionSanctionsEntry() {
        return NavigationEntry.of(SanctionPages.PATH, "Ethics decisions",
                "Read the ethics committee's decisions about your organization and appeal them.", 30,
                Role.PRODUCTION);
    }
}
