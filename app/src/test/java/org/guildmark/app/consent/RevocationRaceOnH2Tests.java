package org.guildmark.app.consent;

import org.guildmark.app.registry.TestDatabase;

/** The revocation race on the embedded H2 database the server uses by default. */
class RevocationRaceOnH2Tests extends RevocationRaceContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
