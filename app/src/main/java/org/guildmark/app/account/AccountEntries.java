package org.guildmark.app.account;

import org.guildmark.app.security.Role;
import org.guildmark.app.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The token pages' place in the navigation; the password page is linked from the header on every page. */
@Configuration(proxyBeanMethods = false)
class AccountEntries {

    @Bean
    NavigationEntry tokensNavigation() {
        return NavigationEntry.of(TokenPages.PATH, "API tokens",
                "Create and revoke the tokens your organization's machines use to ask the registry.", 70,
                Role.PRODUCTION, Role.ADMIN);
    }
}
