package org.guildmark.app.transparency;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.guildmark.core.trust.log.LeafHashSource;
import org.guildmark.core.trust.log.MerkleHashing;
import org.guildmark.core.trust.log.MerkleTree;

/**
 * The stored log as core's {@link LeafHashSource}: leaf hashes from {@code log_leaf}, complete subtrees from
 * {@code log_subtree}, each {@link #subtreeHash} one read. {@link #compute} answers a tree head or proof with a
 * single statement instead of one per node.
 */
final class StoredTree implements LeafHashSource {

    private final LogTables tables;
    private final long size;

    StoredTree(LogTables tables, long size) {
        this.tables = tables;
        this.size = size;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public byte[] leafHash(long index) {
        return subtreeHash(0, index);
    }

    @Override
    public byte[] subtreeHash(int level, long index) {
        return tables.node(new NodeAddress(level, index)).orElseThrow(() -> missing(level, index));
    }

    /**
     * Runs {@code computation} (a root, an inclusion or a consistency proof) over the tree of {@code size} leaves,
     * reading every node it needs in one statement. Which nodes {@link MerkleTree} reads depends only on the sizes
     * and indexes involved, never on hash values, so a first run over placeholder hashes lists them, one query
     * fetches them, and the second run computes with the real ones.
     */
    static <T> T compute(LogTables tables, long size, Function<MerkleTree, T> computation) {
        Recording recording = new Recording(size);
        computation.apply(new MerkleTree(recording));
        Map<NodeAddress, byte[]> nodes = tables.nodes(recording.addresses);
        return computation.apply(new MerkleTree(new Fetched(size, nodes)));
    }

    static IllegalStateException missing(int height, long index) {
        return new IllegalStateException("the log's tables lack the subtree of height " + height + " at " + index
                + ": log_leaf or log_subtree is damaged");
    }

    /** Answers placeholder hashes and notes which nodes were asked for. */
    private static final class Recording implements LeafHashSource {
        private static final byte[] PLACEHOLDER = new byte[MerkleHashing.HASH_LENGTH];

        private final long size;
        private final Set<NodeAddress> addresses = new LinkedHashSet<>();

        Recording(long size) {
            this.size = size;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public byte[] leafHash(long index) {
            return subtreeHash(0, index);
        }

        @Override
        public byte[] subtreeHash(int level, long index) {
            addresses.add(new NodeAddress(level, index));
            return PLACEHOLDER;
        }
    }

    /** The nodes fetched for one computation. */
    private record Fetched(long size, Map<NodeAddress, byte[]> nodes) implements LeafHashSource {
        Fetched {
            nodes = new HashMap<>(nodes);
        }

        @Override
        public byte[] leafHash(long index) {
            return subtreeHash(0, index);
        }

        @Override
        public byte[] subtreeHash(int level, long index) {
            byte[] hash = nodes.get(new NodeAddress(level, index));
            if (hash == null) {
                throw missing(level, index);
            }
            return hash;
        }
    }
}
