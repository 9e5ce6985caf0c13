package org.guildmark.app.consent;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.guildmark.app.keys.GuildKeys;
import org.guildmark.app.registry.Caller;
import org.guildmark.app.registry.ConsentGrants;
import org.guildmark.app.registry.ConsentReceipts;
import org.guildmark.app.registry.ConsentRegistry;
import org.guildmark.app.registry.DeletionObligations;
import org.guildmark.app.registry.GrantUses;
import org.guildmark.app.registry.Organizations;
import org.guildmark.app.registry.PersonRegistry;
import org.guildmark.app.registry.ReceiptIssuer;
import org.guildmark.app.registry.TestDatabase;
import org.guildmark.app.security.ApiCaller;
import org.guildmark.app.security.TokenScope;
import org.guildmark.core.consent.ConsentDecision;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.Purpose;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A revocation and checks racing each other, on the real clock: many threads check "now" while another thread
 * revokes, and no check ever answers permit for an instant at or after the revocation's recorded effective
 * instant. Each subclass names one database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RevocationRaceContract {

    private static final int GRANTS = 25;
    private static final int CHECKERS = 6;

    @TempDir
    Path dataDir;

    private TestDatabase database;
    private RegistryRows rows;
    private ConsentChecks checks;
    private ConsentRegistry registry;
    private final Clock clock = Clock.systemUTC();

    abstract TestDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        rows = new RegistryRows(database.jdbc());
        checks = new ConsentChecks(new CandidateConsents(database.jdbc()));
        Organizations organizations = new Organizations(database.jdbc(), clock);
        GuildKeys keys = GuildKeys.on(database.jdbc(), clock, "race passphrase", dataDir);
        registry = new ConsentRegistry(new ConsentGrants(database.jdbc(), database.transactions(), clock),
                new PersonRegistry(database.jdbc(), database.transactions(), clock), organizations,
                new GrantUses(database.jdbc()), new DeletionObligations(database.jdbc()),
                new ConsentReceipts(database.jdbc()), new ReceiptIssuer(keys, organizations, clock), event -> {
                }, database.transactions(), clock);
    }

    @AfterAll
    void close() {
        if (database != null) {
            database.close();
        }
    }

    /** One answer: the instant asked about and the decision for each person. */
    private record Observed(Instant at, UUID person, ConsentDecision decision) {
    }

    @Test
    void no_check_permits_at_or_after_a_revocations_effective_instant() throws Exception {
        UUID harbor = rows.organization("Harbor Pictures");
        UUID lighthouse = rows.production(harbor, "lighthouse-" + UUID.randomUUID());
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        List<UUID> people = new ArrayList<>();
        List<UUID> grantIds = new ArrayList<>();
        for (int i = 0; i < GRANTS; i++) {
            UUID person = rows.person("adult", LocalDate.parse("1990-05-05"));
            people.add(person);
            grantIds.add(rows.grant(person, harbor, lighthouse, List.of("voice"), List.of("synthetic-media"),
                    today.minusDays(30), today.plusDays(30), "given"));
        }
        ApiCaller harborToken = new ApiCaller(null, harbor, Set.of(TokenScope.CONSENT_CHECK), UUID.randomUUID());
        Caller.Guild officer = new Caller.Guild("officer-kim");

        AtomicBoolean revoking = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Observed> observed = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(CHECKERS);
        List<Future<?>> checkers = new ArrayList<>();
        for (int t = 0; t < CHECKERS; t++) {
            int first = t;
            checkers.add(pool.submit(() -> {
                // Alternate single checks and whole batches; the instant is fixed before asking, as the API does.
                int round = 0;
                while (revoking.get() || round < 5) {
                    Instant at = clock.instant();
                    if (round % 2 == 0) {
                        UUID person = people.get((first + round) % GRANTS);
                        observed.add(new Observed(at, person, checks.decide(List.of(voice(person, lighthouse, at)),
                                harborToken).get(0)));
                    } else {
                        List<CheckQuery> batch = people.stream().map(p -> voice(p, lighthouse, at)).toList();
                        List<ConsentDecision> decisions = checks.decide(batch, harborToken);
                        for (int i = 0; i < GRANTS; i++) {
                            observed.add(new Observed(at, people.get(i), decisions.get(i)));
                        }
                    }
                    round++;
                }
                return null;
            }));
        }
        try {
            for (UUID grant : grantIds) {
                Thread.sleep(3);
                registry.revoke(officer, grant, "finding");
            }
        } finally {
            revoking.set(false);
        }
        for (Future<?> checker : checkers) {
            checker.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Map<UUID, Instant> effective = revokedAt(grantIds);
        Map<UUID, UUID> grantOf = new java.util.HashMap<>();
        for (int i = 0; i < GRANTS; i++) {
            grantOf.put(people.get(i), grantIds.get(i));
        }
        List<Observed> late = observed.stream()
                .filter(o -> o.decision() instanceof ConsentDecision.Permit)
                .filter(o -> !o.at().isBefore(effective.get(grantOf.get(o.person()))))
                .toList();
        assertThat(late).as("permits at or after the revocation's effective instant").isEmpty();
        // The race was real: answers both before and after each revocation.
        assertThat(observed.stream().filter(o -> o.decision() instanceof ConsentDecision.Permit).count()).isPositive();
        assertThat(observed.stream().filter(o -> o.decision() instanceof ConsentDecision.Deny).count()).isPositive();
        assertThat(observed.size()).isGreaterThan(GRANTS * 4);
    }

    private Map<UUID, Instant> revokedAt(List<UUID> grantIds) {
        return database.jdbc().sql("SELECT grant_id, effective_at FROM consent_event WHERE status = 'revoked' "
                        + "AND grant_id IN (:ids)")
                .param("ids", grantIds)
                .query((rs, n) -> Map.entry(rs.getObject("grant_id", UUID.class),
                        rs.getObject("effective_at", OffsetDateTime.class).toInstant()))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static CheckQuery voice(UUID person, UUID production, Instant at) {
        return new CheckQuery(person, production.toString(), null, EnumSet.of(Aspect.VOICE),
                EnumSet.of(Purpose.SYNTHETIC_MEDIA), at, "");
    }
}
