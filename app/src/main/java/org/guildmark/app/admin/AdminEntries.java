package org.guildmark.app.admin;

import org.guildmark.app.security.Role;
import org.guildmark.app.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The admin pages' place in the navigation. */
@Configuration(proxyBeanMethods = false)
class AdminEntries {

    @Bean
    NavigationEntry accountsNavigation() {
        return NavigationEntry.of(AccountAdministration.PATH, "Accounts",
                "Create accounts and bind them to an organization or person; disable them; reset passwords.", 90,
                Role.ADMIN);
    }

    @Bean
    NavigationEntry registryNavigation() {
        return NavigationEntry.of(RegistryAdministration.PATH, "Registry",
                "Register organizations and their productions, people and their representatives.", 80, Role.ADMIN);
    }
}
