package org.guildmark.app.registry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * A fresh registry database with the migrations applied, for one test class.
 *
 * <p>{@link #h2()} always works. {@link #postgres()} uses the server named by {@code GUILDMARK_TEST_POSTGRES_URL}
 * (e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}) in a schema of its own, created here and
 * dropped on {@link #close()}, so runs never see each other's rows. Without that variable the PostgreSQL tests
 * are skipped (annotate the class with {@code @ExtendWith(TestDatabase.PostgresConfigured.class)} so each test
 * is reported skipped with the reason), unless {@code GUILDMARK_REQUIRE_POSTGRES=true}, which makes them fail
 * instead (CI sets both). Other modules' storage tests use it too.
 */
public final class TestDatabase implements AutoCloseable {

    static final String POSTGRES_URL = "GUILDMARK_TEST_POSTGRES_URL";
    static final String REQUIRE_POSTGRES = "GUILDMARK_REQUIRE_POSTGRES";

    private static final String SKIPPED = "PostgreSQL tests skipped: set " + POSTGRES_URL
            + " (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres) to run them";

    /**
     * Skips each test of the class, with the reason, when no PostgreSQL server is configured and none is required;
     * when one is required, lets the tests run so {@link #postgres()} fails them.
     */
    public static final class PostgresConfigured implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String url = System.getenv(POSTGRES_URL);
            return (url != null && !url.isBlank()) || postgresRequired()
                    ? ConditionEvaluationResult.enabled(POSTGRES_URL + " set or PostgreSQL required")
                    : ConditionEvaluationResult.disabled(SKIPPED);
        }
    }

    private final HikariDataSource dataSource;
    private final String adminUrl;
    private final String schema;

    private TestDatabase(HikariDataSource dataSource, String adminUrl, String schema) {
        this.dataSource = dataSource;
        this.adminUrl = adminUrl;
        this.schema = schema;
    }

    /** An in-memory H2 database in the same PostgreSQL mode the server's H2 file uses. */
    public static TestDatabase h2() {
        String url = "jdbc:h2:mem:registry-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        TestDatabase database = new TestDatabase(pool(url), null, null);
        database.migrate();
        return database;
    }

    /** A new schema on the configured PostgreSQL server; skips or fails the calling tests when none is. */
    public static TestDatabase postgres() {
        String url = System.getenv(POSTGRES_URL);
        if (url == null || url.isBlank()) {
            if (postgresRequired()) {
                fail(REQUIRE_POSTGRES + "=true but " + POSTGRES_URL + " is not set: "
                        + "the PostgreSQL tests must run (e.g. " + POSTGRES_URL
                        + "=jdbc:postgresql://127.0.0.1:5432/test?user=postgres)");
            }
            abort(SKIPPED);
        }
        String schema = "guildmark_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        execute(url, "CREATE SCHEMA " + schema);
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        TestDatabase database = new TestDatabase(pool(schemaUrl), url, schema);
        database.migrate();
        return database;
    }

    /**
     * A new, empty schema on the configured PostgreSQL server for a whole Spring context (its Flyway migrates it):
     * the JDBC URL to give {@code spring.datasource.url}. Drop it with {@link #dropPostgresSchema} afterwards.
     */
    public static String newPostgresSchemaUrl() {
        String url = System.getenv(POSTGRES_URL);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(POSTGRES_URL + " is not set: guard the test with PostgresConfigured");
        }
        String schema = "guildmark_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        execute(url, "CREATE SCHEMA " + schema);
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Drops the schema a URL of {@link #newPostgresSchemaUrl} names. */
    public static void dropPostgresSchema(String schemaUrl) {
        String schema = schemaUrl.substring(schemaUrl.lastIndexOf("currentSchema=") + "currentSchema=".length());
        execute(System.getenv(POSTGRES_URL), "DROP SCHEMA " + schema + " CASCADE");
    }

    private static boolean postgresRequired() {
        return "true".equalsIgnoreCase(System.getenv(REQUIRE_POSTGRES));
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    public TransactionOperations transactions() {
        return new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    @Override
    public void close() {
        dataSource.close();
        if (schema != null) {
            execute(adminUrl, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private void migrate() {
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (schema != null) {
            flyway.schemas(schema);
        }
        flyway.load().migrate();
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + POSTGRES_URL + ": " + sql + " failed", e);
        }
    }
}
