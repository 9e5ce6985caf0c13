package org.guildmark.app.wallet;

import org.guildmark.app.security.Role;
import org.guildmark.app.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The wallet pages' place in the navigation: one entry for each role that has a wallet page. */
@Configuration(proxyBeanMethods = false)
class WalletEntries {

    @Bean
    NavigationEntry performerWallet() {
        return NavigationEntry.of(WalletPages.PATH, "My consents",
                "See every consent you gave, where it was used and what must be deleted; take one back; keep "
                        + "the signed receipts.", 10, Role.PERFORMER);
    }

    @Bean
    NavigationEntry representativeWallet() {
        return NavigationEntry.of(WalletPages.PATH, "People I act for",
                "See the consents of the people you represent and give the approvals that wait for you.", 10,
                Role.REPRESENTATIVE);
    }

    @Bean
    NavigationEntry productionView() {
        return NavigationEntry.of(ProductionPages.PATH, "Grants and deletions",
                "See the consents made to your organization and confirm the deletions you owe.", 10,
                Role.PRODUCTION);
    }
}
