package org.guildmark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.guildmark.app.keys.GuildKeys;
import org.guildmark.app.keys.Issuer;
import org.guildmark.app.transparency.TransparencyLog;
import org.guildmark.core.trust.log.LogEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A PostgreSQL schema with the server's migrations applied and the server's own {@link TransparencyLog} on it, as
 * one application node has it: a connection pool, transactions, the guild's key (generated at first use, stored
 * encrypted). The schema is {@code bench_<random>} unless named, and is dropped on
 * {@link #close()} unless kept.
 */
final class LogDatabase implements AutoCloseable {

    static final Issuer ISSUER = Issuer.of("https://bench.guild.example");

    final String adminUrl;
    final String schema;
    final HikariDataSource pool;
    final JdbcClient jdbc;
    final TransactionTemplate transactions;
    final GuildKeys keys;
    final TransparencyLog log;
    private final boolean keep;
    private final Path dataDir;

    private LogDatabase(String adminUrl, String schema, boolean keep, int connections, int batchSize)
            throws IOException {
        this.adminUrl = adminUrl;
        this.schema = schema;
        this.keep = keep;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(adminUrl + (adminUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        config.setMaximumPoolSize(connections);
        config.setMinimumIdle(connections);
        pool = new HikariDataSource(config);
        Flyway.configure().dataSource(pool).schemas(schema).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(pool);
        transactions = new TransactionTemplate(new JdbcTransactionManager(pool));
        dataDir = Files.createTempDirectory("guildmark-bench-");
        // A throwaway schema's key: a fixed passphrase lets a kept schema be reused by a later run.
        keys = GuildKeys.on(jdbc, Clock.systemUTC(), "guildmark bench passphrase", dataDir);
        log = TransparencyLog.on(jdbc, transactions, keys, ISSUER, Clock.systemUTC(), batchSize);
    }

    /** A new schema, migrated; or {@code reuse}, an earlier run's kept schema, as it is. */
    static LogDatabase open(String adminUrl, String reuse, boolean keep, int connections, int batchSize)
            throws SQLException, IOException {
        String schema = reuse;
        if (schema == null) {
            schema = "bench_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            execute(adminUrl, "CREATE SCHEMA " + schema);
        }
        return new LogDatabase(adminUrl, schema, keep || reuse != null, connections, batchSize);
    }

    /** A distinct, realistic certificate issuance entry for each {@code n}, as the SQL fill writes it. */
    static LogEntry certificateIssued(long n) {
        return new LogEntry.CertificateEvent(LogEntry.CertificateEvent.Kind.ISSUED,
                "urn:uuid:" + RegistryLoad.id("certificate-" + n), sha256Hex("certificate-" + n),
                Instant.parse("2026-05-01T12:00:00Z"));
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The machine's load averages over 1, 5 and 15 minutes, as {@code /proc/loadavg} says. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public void close() throws SQLException, IOException {
        pool.close();
        if (keep) {
            System.out.println("kept schema " + schema + " (--schema " + schema + " reuses it)");
        } else {
            execute(adminUrl, "DROP SCHEMA " + schema + " CASCADE");
        }
        try (var paths = Files.walk(dataDir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
