package org.guildmark.app.transparency;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.registry.Caller;
import org.guildmark.app.registry.ConsentGrant;
import org.guildmark.app.registry.ConsentRegistry;
import org.guildmark.app.registry.ConsentStatus;
import org.guildmark.app.registry.ConsentWithdrawn;
import org.guildmark.app.registry.Evidence;
import org.guildmark.app.registry.GrantScope;
import org.guildmark.app.registry.NewGrant;
import org.guildmark.app.registry.Organizations;
import org.guildmark.app.registry.PersonRegistry;
import org.guildmark.app.registry.RegisteredPerson;
import org.guildmark.core.dossier.Consent.Compensation;
import org.guildmark.core.dossier.Consent.Deletion;
import org.guildmark.core.dossier.Consent.Informed;
import org.guildmark.core.dossier.Consent.Revocation;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.CompensationBasis;
import org.guildmark.core.dossier.Enums.PersonCategory;
import org.guildmark.core.dossier.Enums.ProductionType;
import org.guildmark.core.dossier.Enums.Purpose;
import org.guildmark.core.dossier.Money;
import org.guildmark.core.trust.log.ProofCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A withdrawal in the registry logs a salted commitment in the same transaction: the log's entry reveals neither
 * whose consent it was nor which grant, the stored salt and event bytes open it, and a withdrawal that rolls back
 * leaves no commitment behind.
 */
@SpringBootTest(classes = GuildmarkApplication.class)
class ConsentCommitmentTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "consent commitment admin passphrase");
        properties.add("guildmark.log.sequencer.enabled", () -> "false");
    }

    @Autowired
    ConsentRegistry registry;

    @Autowired
    PersonRegistry people;

    @Autowired
    Organizations organizations;

    @Autowired
    TransparencyLog log;

    @Autowired
    ConsentCommitments commitments;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionOperations transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_withdrawal_logs_a_commitment_that_its_stored_opening_opens_and_that_names_nobody() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID harbor = organizations.register("Harbor Pictures " + suffix);
        UUID lighthouse = organizations.registerProduction(harbor, "lighthouse-" + suffix, "The Lighthouse Keeper",
                ProductionType.FEATURE);
        RegisteredPerson owen = people.register("Owen Pryce " + suffix, PersonCategory.ADULT,
                LocalDate.of(1980, 1, 1), null, List.of());
        Caller.Performer performer = new Caller.Performer("owen-" + suffix, owen.id(), owen.name());
        ConsentGrant grant = registry.create(performer, replica(owen.id(), harbor, lighthouse));
        long queuedBefore = queued();

        registry.withdraw(performer, grant.id(), null, "changed my mind");

        assertThat(queued()).isEqualTo(queuedBefore + 1);
        List<ConsentCommitments.Opening> openings = commitments.openings(grant.id());
        assertThat(openings).hasSize(1);
        ConsentCommitments.Opening opening = openings.get(0);
        assertThat(opening.salt()).hasSize(32);
        assertThat(ConsentCommitments.commitment(opening.salt(), opening.event())).isEqualTo(opening.commitment());
        assertThat(new String(opening.event(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"type\":\"consent-withdrawn\",\"grant\":\"" + grant.id() + "\",\"person\":\"" + owen.id()
                        + "\",\"grantee\":\"" + harbor + "\",\"status\":\"withdrawn\",\"effectiveAt\":\""
                        + registry.grant(performer, grant.id()).endedAt() + "\",\"obligations\":[]}");

        long size = log.sequence();

        byte[] leaf = opening.entry().leafHash();
        long index = log.indexOf(leaf).orElseThrow();
        String logged = new String(log.entries(index, index + 1).get(0).entry(), StandardCharsets.UTF_8);
        assertThat(logged).isEqualTo("{\"type\":\"consent-commitment\",\"commitment\":\"" + opening.commitment()
                + "\",\"at\":\"" + opening.at() + "\"}");
        assertThat(logged).doesNotContain(grant.id().toString(), owen.id().toString(), harbor.toString(),
                "Owen");
        assertThat(log.inclusionProof(index, size).verify(leaf, log.latestCheckpoint().orElseThrow().root()))
                .isEqualTo(new ProofCheck.Verified());
    }

    @Test
    void each_event_gets_its_own_salt_so_equal_events_give_different_commitments() {
        ConsentWithdrawn event = new ConsentWithdrawn(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                ConsentStatus.REVOKED, Instant.parse("2026-05-01T12:00:00Z"), List.of(UUID.randomUUID()));

        transactions.executeWithoutResult(status -> events.publishEvent(event));
        transactions.executeWithoutResult(status -> events.publishEvent(event));

        List<ConsentCommitments.Opening> openings = commitments.openings(event.grant());
        assertThat(openings).hasSize(2);
        assertThat(openings.get(0).event()).isEqualTo(openings.get(1).event())
                .isEqualTo(ConsentCommitments.canonical(event));
        assertThat(openings.get(0).commitment()).isNotEqualTo(openings.get(1).commitment());
        assertThat(openings.get(0).salt()).isNotEqualTo(openings.get(1).salt());
    }

    @Test
    void a_withdrawal_whose_transaction_rolls_back_leaves_no_commitment() {
        ConsentWithdrawn event = new ConsentWithdrawn(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                ConsentStatus.WITHDRAWN, Instant.parse("2026-05-01T12:00:00Z"), List.of());
        long queuedBefore = queued();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            events.publishEvent(event);
            throw new IllegalStateException("the withdrawal failed after publishing");
        })).hasMessage("the withdrawal failed after publishing");

        assertThat(commitments.openings(event.grant())).isEmpty();
        assertThat(queued()).isEqualTo(queuedBefore);
    }

    @Test
    void a_commitment_that_cannot_be_stored_rolls_back_the_change_that_published_the_event() {
        // No grant id: the commitment's row is refused (NOT NULL), as a full disk or a lost connection would be.
        ConsentWithdrawn unstorable = new ConsentWithdrawn(null, UUID.randomUUID(), UUID.randomUUID(),
                ConsentStatus.WITHDRAWN, Instant.parse("2026-05-01T12:00:00Z"), List.of());
        org.guildmark.core.trust.log.LogEntry change = LogChecks.certificateIssued(424_242);
        long queuedBefore = queued();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            log.append(change); // the publisher's own work in the same transaction
            events.publishEvent(unstorable);
        })).isInstanceOf(RuntimeException.class);

        assertThat(queued()).isEqualTo(queuedBefore);
    }

    @Test
    void the_canonical_event_sorts_the_obligations_and_writes_instants_in_utc() {
        UUID a = UUID.fromString("00000000-0000-4000-8000-00000000000a");
        UUID b = UUID.fromString("00000000-0000-4000-8000-00000000000b");
        UUID id = UUID.fromString("6f1c2b0e-5d7a-4e7b-9a51-3f0c8d2e4b19");

        String canonical = new String(ConsentCommitments.canonical(new ConsentWithdrawn(id, id, id,
                ConsentStatus.INVALIDATED, Instant.parse("2026-05-01T12:00:00.123456Z"), List.of(b, a))),
                StandardCharsets.UTF_8);

        assertThat(canonical).isEqualTo("{\"type\":\"consent-withdrawn\",\"grant\":\"" + id + "\",\"person\":\""
                + id + "\",\"grantee\":\"" + id + "\",\"status\":\"invalidated\",\"effectiveAt\":"
                + "\"2026-05-01T12:00:00.123456Z\",\"obligations\":[\"" + a + "\",\"" + b + "\"]}");
    }

    private long queued() {
        return jdbc.sql("SELECT COUNT(*) FROM log_queue").query(Long.class).single();
    }

    private static NewGrant replica(UUID person, UUID harbor, UUID lighthouse) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return new NewGrant(person, harbor, EnumSet.of(Aspect.FACE, Aspect.VOICE), Set.of(Purpose.SYNTHETIC_MEDIA),
                GrantScope.production(lighthouse), today.minusDays(10), today.plusYears(1),
                new Compensation(Money.of("25000.00", "USD"), CompensationBasis.FLAT),
                new Revocation("rights@harbor.example", 0),
                new Deletion("Delete the replica and derived takes", 30),
                new Informed("consents/2026.pdf", "en"),
                new Evidence("a".repeat(64), "Officer Kim", "en"));
    }
}
