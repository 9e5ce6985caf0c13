package org.guildmark.app.enforcement;

/** The enforcement flow on the embedded H2 database, the server's default. */
class EnforcementFlowOnH2Tests extends EnforcementFlowContract {
}
