package org.guildmark.app.keys;

import org.guildmark.app.registry.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;

/** The guild's keys on PostgreSQL; skipped or required as {@link TestDatabase} says. */
@ExtendWith(TestDatabase.PostgresConfigured.class)
class GuildKeysOnPostgresTests extends GuildKeysContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
