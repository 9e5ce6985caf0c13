package org.guildmark.app.labor;

/** Revenue-share statements on the embedded H2 database, the server's default. */
class RevenueStatementsOnH2Tests extends RevenueStatementsContract {
}
