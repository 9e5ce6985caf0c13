package org.guildmark.app.certification;

/** The certification flow on the embedded H2 database, the server's default. */
class CertificationFlowOnH2Tests extends CertificationFlowContract {
}
