package org.guildmark.app.labor;

/** Training-use compensation on the embedded H2 database, the server's default. */
class TrainingCompensationOnH2Tests extends TrainingCompensationContract {
}
