package org.guildmark.app.registry;

import org.junit.jupiter.api.extension.ExtendWith;

/** The registry's service on PostgreSQL, in a schema of its own; skipped or required as {@link TestDatabase} says. */
@ExtendWith(TestDatabase.PostgresConfigured.class)
class ConsentRegistryOnPostgresTests extends ConsentRegistryContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
