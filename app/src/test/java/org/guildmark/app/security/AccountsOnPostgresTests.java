package org.guildmark.app.security;

import org.guildmark.app.registry.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts on PostgreSQL, in a schema of their own; skipped or required as {@link TestDatabase} says. */
@ExtendWith(TestDatabase.PostgresConfigured.class)
class AccountsOnPostgresTests extends AccountStorageContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
