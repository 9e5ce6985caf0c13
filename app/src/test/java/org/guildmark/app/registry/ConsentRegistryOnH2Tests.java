package org.guildmark.app.registry;

/** The registry's service on the embedded H2 database the server uses by default. */
class ConsentRegistryOnH2Tests extends ConsentRegistryContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
