package org.guildmark.app.security;

import org.guildmark.app.registry.TestDatabase;

/** API token storage on the embedded H2 database the server uses by default. */
class ApiTokensOnH2Tests extends ApiTokenStorageContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
