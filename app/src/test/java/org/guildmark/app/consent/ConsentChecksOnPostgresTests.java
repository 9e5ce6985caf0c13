package org.guildmark.app.consent;

import org.guildmark.app.registry.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;

/** Consent checks on PostgreSQL, in a schema of their own (see {@link TestDatabase#postgres()}). */
@ExtendWith(TestDatabase.PostgresConfigured.class)
class ConsentChecksOnPostgresTests extends ConsentCheckContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
