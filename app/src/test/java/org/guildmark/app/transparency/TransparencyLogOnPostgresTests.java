package org.guildmark.app.transparency;

import org.guildmark.app.registry.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;

/** The transparency log on PostgreSQL; skipped or required as {@link TestDatabase} says. */
@ExtendWith(TestDatabase.PostgresConfigured.class)
class TransparencyLogOnPostgresTests extends TransparencyLogContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
