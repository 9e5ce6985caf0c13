package org.guildmark.app.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The home page's place in the navigation: first, for every signed-in account. */
@Configuration(proxyBeanMethods = false)
class HomeEntry {

    @Bean
    NavigationEntry homeNavigation() {
        return NavigationEntry.forEveryone(HomePage.PATH, "Home", "What you can do here.", 0);
    }
}
