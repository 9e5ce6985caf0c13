package org.guildmark.app.security;

import org.guildmark.app.registry.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;

/** API token storage on PostgreSQL, in a schema of its own (see {@link TestDatabase#postgres()}). */
@ExtendWith(TestDatabase.PostgresConfigured.class)
class ApiTokensOnPostgresTests extends ApiTokenStorageContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
