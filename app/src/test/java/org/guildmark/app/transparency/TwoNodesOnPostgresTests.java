package org.guildmark.app.transparency;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.guildmark.app.keys.GuildKeys;
import org.guildmark.app.keys.Issuer;
import org.guildmark.app.registry.TestDatabase;
import org.guildmark.core.trust.log.LogEntry;
import org.guildmark.core.trust.log.MemoryTree;
import org.guildmark.core.trust.log.MerkleTree;
import org.guildmark.core.trust.log.ProofCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one PostgreSQL schema, each with its own connection pool, its own log and its own
 * sequencer running every few milliseconds, while threads on both append, each entry in its own transaction. The
 * sequencer lock must keep the log one log: leaves exactly 0..N-1, every queued entry sequenced once, never two
 * checkpoints of one size with different roots, every checkpoint consistent with the final tree. (Without the
 * lock, two sequencers read the same head and queue rows and collide on the leaf index, and sequencing fails.)
 */
@ExtendWith(TestDatabase.PostgresConfigured.class)
class TwoNodesOnPostgresTests {

    private static final int APPENDERS_PER_NODE = 3;
    private static final int ENTRIES_PER_APPENDER = 120;
    private static final Issuer ISSUER = Issuer.of("https://guild.example");

    @TempDir
    Path dataDir;

    private String adminUrl;
    private String schema;
    private final List<HikariDataSource> pools = new ArrayList<>();

    /** One node: its pool, transactions, keys and log. */
    private record Node(String name, JdbcClient jdbc, TransactionTemplate transactions, TransparencyLog log) {
    }

    @BeforeEach
    void createSchema() throws Exception {
        adminUrl = System.getenv("GUILDMARK_TEST_POSTGRES_URL");
        if (adminUrl == null || adminUrl.isBlank()) {
            TestDatabase.postgres().close(); // skips, or fails when PostgreSQL is required
        }
        schema = "guildmark_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        execute("CREATE SCHEMA " + schema);
        Flyway.configure().dataSource(pool()).schemas(schema).locations("classpath:db/migration").load().migrate();
    }

    @AfterEach
    void dropSchema() throws Exception {
        pools.forEach(HikariDataSource::close);
        if (schema != null) {
            execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void two_nodes_appending_and_sequencing_at_once_keep_one_log() throws Exception {
        List<Node> nodes = List.of(node("a"), node("b"));
        nodes.get(0).log().sequence(); // the first start: generates the guild key and signs size 0

        ConcurrentLinkedQueue<Throwable> sequencingFailures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<SignedCheckpoint> seen = new ConcurrentLinkedQueue<>();
        List<ScheduledExecutorService> sequencers = new ArrayList<>();
        for (Node node : nodes) {
            ScheduledExecutorService sequencer = Executors.newSingleThreadScheduledExecutor();
            sequencer.scheduleWithFixedDelay(() -> {
                try {
                    node.log().sequence();
                    node.log().latestCheckpoint().ifPresent(seen::add);
                } catch (Throwable t) {
                    sequencingFailures.add(t);
                }
            }, 0, 2, TimeUnit.MILLISECONDS);
            sequencers.add(sequencer);
        }

        Map<Long, byte[]> queued = Collections.synchronizedMap(new HashMap<>());
        AtomicLong next = new AtomicLong();
        ExecutorService appenders = Executors.newFixedThreadPool(2 * APPENDERS_PER_NODE);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> appending = new ArrayList<>();
        for (Node node : nodes) {
            for (int t = 0; t < APPENDERS_PER_NODE; t++) {
                appending.add(appenders.submit(() -> {
                    start.await();
                    for (int i = 0; i < ENTRIES_PER_APPENDER; i++) {
                        LogEntry entry = LogChecks.certificateIssued(next.getAndIncrement());
                        long id = node.transactions().execute(status -> node.log().append(entry));
                        queued.put(id, entry.encode());
                    }
                    return null;
                }));
            }
        }
        start.countDown();
        for (Future<?> f : appending) {
            f.get(5, TimeUnit.MINUTES);
        }
        appenders.shutdown();
        // Both sequencers keep running until everything appended is in the log.
        long total = 2L * APPENDERS_PER_NODE * ENTRIES_PER_APPENDER;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (nodes.get(1).log().latestCheckpoint().orElseThrow().size() < total && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        for (ScheduledExecutorService sequencer : sequencers) {
            sequencer.shutdown();
            assertThat(sequencer.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }

        assertThat(sequencingFailures).as("sequencing failures").isEmpty();
        JdbcClient jdbc = nodes.get(0).jdbc();
        TransparencyLog log = nodes.get(0).log();
        assertThat(queued).hasSize((int) total);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM log_queue").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT leaf_index FROM log_leaf ORDER BY leaf_index").query(Long.class).list())
                .containsExactlyElementsOf(LongStream.range(0, total).boxed().toList());
        List<Long> sequencedIds = jdbc.sql("SELECT queue_id FROM log_leaf").query(Long.class).list();
        assertThat(sequencedIds).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(queued.keySet());

        // The stored tree is the tree of the leaves in index order, and each leaf is what was queued.
        MemoryTree reference = new MemoryTree();
        Map<Long, Long> queueIdOfLeaf = new HashMap<>();
        jdbc.sql("SELECT leaf_index, queue_id FROM log_leaf").query((rs, row) -> queueIdOfLeaf.put(rs.getLong(1),
                rs.getLong(2))).list();
        for (SequencedEntry entry : entriesOf(log, total)) {
            assertThat(entry.entry()).isEqualTo(queued.get(queueIdOfLeaf.get(entry.index())));
            reference.appendEntry(entry.entry());
        }
        SignedCheckpoint last = log.latestCheckpoint().orElseThrow();
        assertThat(last.size()).isEqualTo(total);
        assertThat(last.root()).isEqualTo(new MerkleTree(reference).root(total));

        // Checkpoints: one root per size, each signed by the guild and consistent with the final tree.
        List<SignedCheckpoint> all = new ArrayList<>(log.checkpoints());
        all.addAll(seen);
        Map<Long, byte[]> rootOfSize = new HashMap<>();
        GuildKeys keys = GuildKeys.on(jdbc, Clock.systemUTC(), "two nodes passphrase", dataDir);
        for (SignedCheckpoint checkpoint : all) {
            byte[] earlier = rootOfSize.putIfAbsent(checkpoint.size(), checkpoint.root());
            if (earlier != null) {
                assertThat(checkpoint.root()).as("root of size %d", checkpoint.size()).isEqualTo(earlier);
            }
            LogChecks.verifiedCheckpoint(checkpoint, keys, ISSUER);
            assertThat(log.consistencyProof(checkpoint.size(), total).verify(checkpoint.root(), last.root()))
                    .as("checkpoint %d against %d", checkpoint.size(), total).isEqualTo(new ProofCheck.Verified());
        }
        assertThat(rootOfSize.size()).as("distinct checkpointed sizes").isGreaterThan(2);
    }

    private static List<SequencedEntry> entriesOf(TransparencyLog log, long size) {
        List<SequencedEntry> entries = new ArrayList<>();
        for (long start = 0; start < size; start += 500) {
            entries.addAll(log.entries(start, Math.min(size, start + 500)));
        }
        return entries;
    }

    private Node node(String name) {
        HikariDataSource pool = pool();
        JdbcClient jdbc = JdbcClient.create(pool);
        TransactionTemplate transactions = new TransactionTemplate(new JdbcTransactionManager(pool));
        GuildKeys keys = GuildKeys.on(jdbc, Clock.systemUTC(), "two nodes passphrase", dataDir);
        // Small batches, so the two sequencers take turns many times.
        return new Node(name, jdbc, transactions, TransparencyLog.on(jdbc, transactions, keys, ISSUER,
                Clock.systemUTC(), 7));
    }

    private HikariDataSource pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(adminUrl + (adminUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        config.setMaximumPoolSize(APPENDERS_PER_NODE + 2);
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(adminUrl);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
