package org.guildmark.app.transparency;

import java.sql.ResultSet;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lock that makes one sequencer at a time append to the log, whichever node it runs on, so two nodes on one
 * database never give two entries the same index or sign two trees of one size. Held until the transaction ends.
 *
 * <p>On PostgreSQL a transaction-level advisory lock, keyed by this schema's {@code log_head} table (its OID) so
 * logs in different schemas of one database do not wait for each other; it is released when the transaction ends
 * or its connection drops, so a node that dies while sequencing blocks nobody. H2 has no advisory locks: there the
 * head row is locked with {@code SELECT ... FOR UPDATE}, which the transaction holds in the same way.
 */
final class SequencerLock {

    /** The first key of the advisory lock: "GMLG" (Guildmark log) in ASCII. */
    static final int LOCK_CLASS = 0x474d4c47;

    private final JdbcClient jdbc;
    private volatile Boolean postgres;

    SequencerLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for the lock; call inside the transaction it is to guard. */
    void acquire() {
        if (postgres()) {
            jdbc.sql("SELECT pg_advisory_xact_lock(?, CAST(CAST(CAST('log_head' AS regclass) AS oid) AS integer))")
                    .param(LOCK_CLASS)
                    .query((ResultSet rs) -> Boolean.TRUE);
        } else {
            jdbc.sql("SELECT size FROM log_head WHERE id = 1 FOR UPDATE").query(Long.class).single();
        }
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            String product = jdbc.sql("SELECT 1").query((ResultSet rs) ->
                    rs.getStatement().getConnection().getMetaData().getDatabaseProductName());
            known = "PostgreSQL".equalsIgnoreCase(product);
            postgres = known;
        }
        return known;
    }
}
