package org.guildmark.app.labor;

/** Workforce insights on the embedded H2 database, the server's default. */
class WorkforceInsightsOnH2Tests extends WorkforceInsightsContract {
}
