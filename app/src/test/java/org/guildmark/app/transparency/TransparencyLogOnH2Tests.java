package org.guildmark.app.transparency;

import org.guildmark.app.registry.TestDatabase;

/** The transparency log on the embedded H2 database. */
class TransparencyLogOnH2Tests extends TransparencyLogContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
