package org.guildmark.app.registry;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry's storage on PostgreSQL, in a schema of its own; see {@link TestDatabase#postgres()} for when it is
 * skipped and when it must run.
 */
@ExtendWith(TestDatabase.PostgresConfigured.class)
class RegistryOnPostgresTests extends RegistryStorageContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
