package org.guildmark.app.demo;

import java.time.Clock;

import org.guildmark.app.certification.OfficerReview;
import org.guildmark.app.certification.SubmissionIntake;
import org.guildmark.app.enforcement.DemoCases;
import org.guildmark.app.labor.Displacements;
import org.guildmark.app.labor.GuildRateSchedules;
import org.guildmark.app.labor.RevenueStatements;
import org.guildmark.app.labor.TrainingCompensation;
import org.guildmark.app.registry.ConsentGrants;
import org.guildmark.app.registry.ConsentRegistry;
import org.guildmark.app.registry.ConsentReceipts;
import org.guildmark.app.registry.DeletionObligations;
import org.guildmark.app.registry.GrantUses;
import org.guildmark.app.registry.Organizations;
import org.guildmark.app.registry.PersonRegistry;
import org.guildmark.app.registry.ReceiptIssuer;
import org.guildmark.app.registry.RepresentedPeople;
import org.guildmark.app.security.Accounts;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/** Seeds the demo guild at start, only when {@code guildmark.demo=true} ({@code guildmark serve --demo}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "guildmark.demo", havingValue = "true")
class DemoMode {

    @Bean
    DemoGuild demoGuild(JdbcClient jdbc, TransactionOperations transactions, PersonRegistry people,
            Organizations organizations, ConsentGrants grants, Accounts accounts, RepresentedPeople represented,
            GrantUses uses, DeletionObligations obligations, ConsentReceipts receipts, ReceiptIssuer issuer,
            Clock clock, ConsentRegistry registry, SubmissionIntake intake, OfficerReview review,
            GuildRateSchedules rates, RevenueStatements revenue, Displacements displacements,
            TrainingCompensation training, DemoCases cases) {
        return new DemoGuild(jdbc, transactions, people, organizations, grants, accounts, represented, uses,
                obligations, receipts, issuer, clock, System.out,
                new DemoCertification(organizations, grants, uses, registry, intake, review, receipts, issuer,
                        clock),
                new DemoLabor(rates, revenue, displacements, organizations, training, people, grants, receipts,
                        issuer, clock), cases);
    }

    @Bean
    ApplicationRunner seedDemoGuild(DemoGuild guild) {
        return arguments -> guild.start();
    }

    /** Printed once the server is up, after the admin's one-time password, so the demo accounts come last. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> announceDemoGuild(DemoGuild guild) {
        return ready -> guild.announce();
    }
}
