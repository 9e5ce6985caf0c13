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

    @Bean
    NavigationEntry displacementEntry() {
        return NavigationEntry.of(DisplacementPages.PATH, "Displacement",
                "Record roles replaced by AI and the support promised to the workers, and confirm it delivered.", 35,
                Role.PRODUCTION);
    }

    @Bean
    NavigationEntry unionDisplacementEntry() {
        return NavigationEntry.of(UnionPages.PATH, "Displacement by Local",
                "Displacement affecting union Locals, and whether the support promised was delivered.", 40,
                Role.RESEARCHER, Role.OFFICER, Role.ADMIN);
    }

    @Bean
    NavigationEntry unionLocalsEntry() {
        return NavigationEntry.of(UnionPages.ADMIN_PATH, "Union Locals",
                "Grant researcher accounts the union Locals whose displacement they read.", 85, Role.ADMIN);
    }

    @Bean
    NavigationEntry trainingCompensationEntry() {
        return NavigationEntry.of(TrainingCompensationPages.PATH, "Training pay",
                "What model-training consents agreed to pay, and what was paid.", 45, Role.PERFORMER,
                Role.REPRESENTATIVE, Role.PRODUCTION, Role.OFFICER, Role.ADMIN);
    }

    @Bean
    NavigationEntry insightsEntry() {
        return NavigationEntry.of(InsightsPages.PATH, "Workforce insights",
                "AI adoption and displacement by craft, department and Local, in figures no one can be picked out "
                        + "of.", 20, Role.RESEARCHER, Role.OFFICER, Role.ADMIN);
    }
}
