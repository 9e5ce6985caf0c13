package org.guildmark.app.registry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

/**
 * The kill test on the embedded default: an H2 file under the data directory, which dies with the server, so the
 * restart also recovers the database itself.
 */
class ServerKilledMidRequestIT extends ServerKilledMidRequestContract {

    @Override
    void useStorage(Map<String, String> environment) {
        // The default: no GUILDMARK_DB_URL, an H2 file under --data.
    }

    @Override
    Connection openStorage() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("guildmark")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }
}
