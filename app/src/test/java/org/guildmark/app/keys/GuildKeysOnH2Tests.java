package org.guildmark.app.keys;

import org.guildmark.app.registry.TestDatabase;

/** The guild's keys on the embedded H2 database. */
class GuildKeysOnH2Tests extends GuildKeysContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
