package org.guildmark.app.labor;

/** The labor module's storage on the embedded H2 database, the server's default. */
class LaborStorageOnH2Tests extends LaborStorageContract {
}
