package org.guildmark.app.consent;

import org.guildmark.app.registry.TestDatabase;

/** Consent checks on the embedded H2 database the server uses by default. */
class ConsentChecksOnH2Tests extends ConsentCheckContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
