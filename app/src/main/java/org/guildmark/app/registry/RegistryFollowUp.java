package org.guildmark.app.registry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Follows grants up on a schedule ({@code guildmark.registry.follow-up-interval}, default hourly): marks grants
 * past their last valid day as expired and escalates deletion obligations that became overdue, publishing
 * {@link DeletionObligationOverdue} once for each. Logs counts only.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RegistryFollowUp {

    private static final Logger log = LoggerFactory.getLogger(RegistryFollowUp.class);

    private final ConsentRegistry registry;

    RegistryFollowUp(ConsentRegistry registry) {
        this.registry = registry;
    }

    @Scheduled(fixedDelayString = "${guildmark.registry.follow-up-interval:PT1H}",
            initialDelayString = "${guildmark.registry.follow-up-interval:PT1H}")
    void followUp() {
        registry.clearStaleEndings();
        int expired = registry.expireLapsed();
        int escalated = registry.escalateOverdue().size();
        if (expired > 0 || escalated > 0) {
            log.info("Registry follow-up: {} grants expired, {} overdue deletion obligations escalated",
                    expired, escalated);
        }
    }
}
