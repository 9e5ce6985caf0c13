package org.guildmark.app.labor;

/** Displacement and support on the embedded H2 database, the server's default. */
class DisplacementsOnH2Tests extends DisplacementsContract {
}
