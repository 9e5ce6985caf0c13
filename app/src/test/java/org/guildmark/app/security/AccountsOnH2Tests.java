package org.guildmark.app.security;

import org.guildmark.app.registry.TestDatabase;

/** Accounts on the embedded H2 database the server uses by default. */
class AccountsOnH2Tests extends AccountStorageContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
