package org.guildmark.app.transparency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import org.guildmark.app.DatabaseTime;
import org.guildmark.core.trust.log.SubtreeNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The log's tables (V7): the queue, the leaves, the complete subtrees, the head and the checkpoints. Plain SQL
 * that runs on PostgreSQL and on H2; writes of a batch are multi-row statements, so a batch of a thousand entries
 * costs a handful of round trips.
 */
final class LogTables {

    /** Rows per multi-row statement: well under PostgreSQL's 32,767 parameters, and one statement text per size. */
    private static final int ROWS_PER_STATEMENT = 250;

    /** A queued entry. */
    record Queued(long id, byte[] entry) {
    }

    /**
     * What the sequencer needs to know before it locks anything: the log's size, the size of the latest
     * checkpoint (-1 without one) and the highest queued id (-1 for an empty queue).
     */
    record State(long size, long checkpointSize, long lastQueued) {
        boolean idle() {
            return lastQueued < 0 && checkpointSize == size;
        }
    }

    private final JdbcClient jdbc;

    LogTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long enqueue(byte[] entry, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO log_queue (entry, queued_at) VALUES (:entry, :at)")
                .param("entry", entry)
                .param("at", DatabaseTime.utc(at))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    State state() {
        return jdbc.sql("""
                SELECT h.size,
                       (SELECT MAX(c.size) FROM log_checkpoint c) AS checkpoint_size,
                       (SELECT MAX(q.id) FROM log_queue q) AS last_queued
                FROM log_head h WHERE h.id = 1""")
                .query((rs, row) -> new State(rs.getLong("size"), orMinusOne(rs, "checkpoint_size"),
                        orMinusOne(rs, "last_queued")))
                .single();
    }

    long size() {
        return jdbc.sql("SELECT size FROM log_head WHERE id = 1").query(Long.class).single();
    }

    /** Queued entries with ids up to {@code lastId}, oldest first. */
    List<Queued> queued(long lastId, int limit) {
        return jdbc.sql("SELECT id, entry FROM log_queue WHERE id <= :last ORDER BY id FETCH FIRST :limit ROWS ONLY")
                .param("last", lastId)
                .param("limit", limit)
                .query((rs, row) -> new Queued(rs.getLong("id"), rs.getBytes("entry")))
                .list();
    }

    /** Writes {@code entries} as the leaves from {@code first} on, with their leaf hashes. */
    void insertLeaves(long first, List<Queued> entries, List<byte[]> leafHashes) {
        for (int from = 0; from < entries.size(); from += ROWS_PER_STATEMENT) {
            int to = Math.min(entries.size(), from + ROWS_PER_STATEMENT);
            List<Object> params = new ArrayList<>(4 * (to - from));
            for (int i = from; i < to; i++) {
                params.add(first + i);
                params.add(leafHashes.get(i));
                params.add(entries.get(i).entry());
                params.add(entries.get(i).id());
            }
            jdbc.sql("INSERT INTO log_leaf (leaf_index, leaf_hash, entry, queue_id) VALUES "
                            + rows(to - from, "(?, ?, ?, ?)"))
                    .params(params)
                    .update();
        }
    }

    /** Writes complete subtrees of height 1 and more. */
    void insertSubtrees(List<SubtreeNode> nodes) {
        for (int from = 0; from < nodes.size(); from += ROWS_PER_STATEMENT) {
            int to = Math.min(nodes.size(), from + ROWS_PER_STATEMENT);
            List<Object> params = new ArrayList<>(3 * (to - from));
            for (SubtreeNode node : nodes.subList(from, to)) {
                params.add(node.level());
                params.add(node.index());
                params.add(node.hash());
            }
            jdbc.sql("INSERT INTO log_subtree (height, node_index, hash) VALUES " + rows(to - from, "(?, ?, ?)"))
                    .params(params)
                    .update();
        }
    }

    /** Moves the head from {@code from} to {@code to}; false if it was not at {@code from}. */
    boolean advanceHead(long from, long to) {
        return jdbc.sql("UPDATE log_head SET size = :to WHERE id = 1 AND size = :from")
                .param("to", to)
                .param("from", from)
                .update() == 1;
    }

    void dequeue(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += ROWS_PER_STATEMENT) {
            jdbc.sql("DELETE FROM log_queue WHERE id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + ROWS_PER_STATEMENT)))
                    .update();
        }
    }

    /** The hashes of the given nodes that are stored, in one statement. */
    Map<NodeAddress, byte[]> nodes(Collection<NodeAddress> addresses) {
        Map<Integer, List<Long>> byHeight = new TreeMap<>();
        for (NodeAddress address : addresses) {
            byHeight.computeIfAbsent(address.height(), h -> new ArrayList<>()).add(address.index());
        }
        Map<NodeAddress, byte[]> found = new HashMap<>();
        if (byHeight.isEmpty()) {
            return found;
        }
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (Map.Entry<Integer, List<Long>> height : byHeight.entrySet()) {
            if (!sql.isEmpty()) {
                sql.append(" UNION ALL ");
            }
            if (height.getKey() == 0) {
                sql.append("SELECT 0 AS height, leaf_index AS node_index, leaf_hash AS hash FROM log_leaf WHERE ")
                        .append("leaf_index IN (");
            } else {
                sql.append("SELECT height, node_index, hash FROM log_subtree WHERE height = ? AND node_index IN (");
                params.add(height.getKey());
            }
            sql.append(String.join(", ", Collections.nCopies(height.getValue().size(), "?"))).append(')');
            params.addAll(height.getValue());
        }
        return jdbc.sql(sql.toString()).params(params).query((ResultSet rs) -> {
            while (rs.next()) {
                found.put(new NodeAddress(rs.getInt(1), rs.getLong(2)), rs.getBytes(3));
            }
            return found;
        });
    }

    Optional<byte[]> node(NodeAddress address) {
        if (address.height() == 0) {
            return jdbc.sql("SELECT leaf_hash FROM log_leaf WHERE leaf_index = :index")
                    .param("index", address.index())
                    .query((rs, row) -> rs.getBytes(1)).optional();
        }
        return jdbc.sql("SELECT hash FROM log_subtree WHERE height = :height AND node_index = :index")
                .param("height", address.height())
                .param("index", address.index())
                .query((rs, row) -> rs.getBytes(1)).optional();
    }

    OptionalLong indexOf(byte[] leafHash) {
        return jdbc.sql("""
                SELECT leaf_index FROM log_leaf WHERE leaf_hash = :hash ORDER BY leaf_index FETCH FIRST 1 ROW ONLY""")
                .param("hash", leafHash)
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    List<SequencedEntry> entries(long start, long end) {
        return jdbc.sql("""
                SELECT leaf_index, entry, leaf_hash FROM log_leaf
                WHERE leaf_index >= :start AND leaf_index < :end ORDER BY leaf_index""")
                .param("start", start)
                .param("end", end)
                .query((rs, row) -> new SequencedEntry(rs.getLong(1), rs.getBytes(2), rs.getBytes(3)))
                .list();
    }

    Optional<SignedCheckpoint> latestCheckpoint() {
        return jdbc.sql("""
                SELECT size, root_hash, note, signed_at FROM log_checkpoint
                ORDER BY size DESC FETCH FIRST 1 ROW ONLY""")
                .query(LogTables::checkpoint)
                .optional();
    }

    /** Every checkpoint, smallest size first. */
    List<SignedCheckpoint> checkpoints() {
        return jdbc.sql("SELECT size, root_hash, note, signed_at FROM log_checkpoint ORDER BY size")
                .query(LogTables::checkpoint)
                .list();
    }

    void insertCheckpoint(SignedCheckpoint checkpoint) {
        jdbc.sql("INSERT INTO log_checkpoint (size, root_hash, note, signed_at) VALUES (:size, :root, :note, :at)")
                .param("size", checkpoint.size())
                .param("root", checkpoint.root())
                .param("note", checkpoint.note())
                .param("at", DatabaseTime.utc(checkpoint.signedAt()))
                .update();
    }

    private static SignedCheckpoint checkpoint(ResultSet rs, int row) throws SQLException {
        return new SignedCheckpoint(rs.getLong("size"), rs.getBytes("root_hash"), rs.getString("note"),
                rs.getObject("signed_at", OffsetDateTime.class).toInstant());
    }

    private static long orMinusOne(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? -1 : value;
    }

    private static String rows(int count, String row) {
        return String.join(", ", Collections.nCopies(count, row));
    }

}
