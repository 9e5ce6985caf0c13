package org.guildmark.app.certification;

import org.guildmark.app.security.Role;
import org.guildmark.app.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The certification pages' place in the navigation. */
@Configuration(proxyBeanMethods = false)
class CertificationEntries {

    @Bean
    NavigationEntry submissionsEntry() {
        return NavigationEntry.of(SubmissionPages.PATH, "Certification",
                "Submit a production's dossier, follow its audit, justify major findings and read the decisions.",
                20, Role.PRODUCTION);
    }

    @Bean
    NavigationEntry reviewEntry() {
        return NavigationEntry.of(ReviewPages.PATH, "Review",
                "Review submitted dossiers, certify or reject them, and suspend or revoke certificates.", 10,
                Role.OFFICER);
    }
}
