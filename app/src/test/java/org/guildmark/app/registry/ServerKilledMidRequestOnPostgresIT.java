package org.guildmark.app.registry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The kill test on PostgreSQL, the server in a schema of its own (see {@link TestDatabase}): the database outlives
 * the server, so what is tested is that a connection dropped mid-transaction commits nothing of it.
 */
@ExtendWith(TestDatabase.PostgresConfigured.class)
class ServerKilledMidRequestOnPostgresIT extends ServerKilledMidRequestContract {

    private String url;

    @Override
    void useStorage(Map<String, String> environment) {
        if (url == null) {
            url = TestDatabase.newPostgresSchemaUrl();
        }
        environment.put("GUILDMARK_DB_URL", url);
    }

    @Override
    Connection openStorage() throws Exception {
        return DriverManager.getConnection(url);
    }

    @AfterEach
    void dropSchema() {
        if (url != null) {
            TestDatabase.dropPostgresSchema(url);
        }
    }
}
