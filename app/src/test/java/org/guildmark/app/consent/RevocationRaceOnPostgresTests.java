package org.guildmark.app.consent;

import org.guildmark.app.registry.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;

/** The revocation race on PostgreSQL, in a schema of its own (see {@link TestDatabase#postgres()}). */
@ExtendWith(TestDatabase.PostgresConfigured.class)
class RevocationRaceOnPostgresTests extends RevocationRaceContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
