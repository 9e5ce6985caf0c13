package org.guildmark.app.registry;

/** The registry's storage on the embedded H2 database the server uses by default. */
class RegistryOnH2Tests extends RegistryStorageContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
