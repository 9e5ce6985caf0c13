package org.guildmark.app.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.guildmark.app.registry.TestDatabase;
import org.guildmark.app.security.ApiCaller;
import org.guildmark.app.security.TokenScope;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.Purpose;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch reads the registry in a fixed number of statements, not one per query: counted by H2's own query
 * statistics, a batch about 300 people takes as many statements as one about 2. That is two (the productions it
 * names, then the grants with everything about them), and one once the productions are known.
 */
class BatchQueryCountTests {

    private final TestDatabase database = TestDatabase.h2();
    private final JdbcClient jdbc = database.jdbc();
    private final RegistryRows rows = new RegistryRows(jdbc);
    private final CandidateConsents candidates = new CandidateConsents(jdbc);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void statements_do_not_grow_with_the_batch() {
        UUID harbor = rows.organization("Harbor Pictures");
        String code = "lighthouse-" + UUID.randomUUID();
        UUID lighthouse = rows.production(harbor, code);
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            UUID person = rows.person("adult", null);
            rows.grant(person, harbor, lighthouse, List.of("voice", "face"), List.of("synthetic-media"),
                    LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), "given");
            people.add(person);
        }
        ApiCaller token = new ApiCaller(null, harbor, Set.of(TokenScope.CONSENT_CHECK), UUID.randomUUID());

        long small = statementsFor(new ConsentChecks(candidates), people.subList(0, 2), code, token);
        ConsentChecks checks = new ConsentChecks(candidates);
        long large = statementsFor(checks, people, code, token);
        long again = statementsFor(checks, people, code, token);

        assertThat(small).isEqualTo(2);
        assertThat(large).isEqualTo(small);
        assertThat(again).as("the production is known by now").isEqualTo(1);
    }

    private long statementsFor(ConsentChecks checks, List<UUID> people, String production, ApiCaller caller) {
        List<CheckQuery> queries = people.stream()
                .map(p -> new CheckQuery(p, production, null, EnumSet.of(Aspect.VOICE),
                        EnumSet.of(Purpose.SYNTHETIC_MEDIA), Instant.parse("2026-03-01T00:00:00Z"), ""))
                .toList();
        jdbc.sql("SET QUERY_STATISTICS FALSE").update();
        jdbc.sql("SET QUERY_STATISTICS TRUE").update();

        assertThat(checks.decide(queries, caller)).allMatch(d -> d.permitted());

        long statements = jdbc.sql("""
                SELECT COALESCE(SUM(execution_count), 0) FROM information_schema.query_statistics
                WHERE UPPER(sql_statement) LIKE 'SELECT%'
                  AND UPPER(sql_statement) NOT LIKE '%QUERY_STATISTICS%'""")
                .query(Long.class).single();
        jdbc.sql("SET QUERY_STATISTICS FALSE").update();
        return statements;
    }
}
