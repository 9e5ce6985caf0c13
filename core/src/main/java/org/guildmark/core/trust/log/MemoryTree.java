package org.guildmark.core.trust.log;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only log held in memory with every complete-subtree hash it has (about {@code 2N} hashes of 32 bytes),
 * so {@link #subtreeHash} is one list read. For tests, tools and as the reference a database-backed store must match.
 * Not thread-safe: one sequencer appends.
 */
public final class MemoryTree implements LeafHashSource {
    private final List<List<byte[]>> levels = new ArrayList<>();

    /** Appends an entry (hashing it as a leaf) and returns its index. */
    public long appendEntry(byte[] entry) {
        return appendLeafHash(MerkleHashing.leafHash(entry));
    }

    public long appendLeafHash(byte[] leafHash) {
        long index = size();
        for (SubtreeNode node : MerkleTree.completedBy(index, leafHash, this)) {
            while (levels.size() <= node.level()) {
                levels.add(new ArrayList<>());
            }
            levels.get(node.level()).add(node.hash());
        }
        return index;
    }

    @Override
    public long size() {
        return levels.isEmpty() ? 0 : levels.get(0).size();
    }

    @Override
    public byte[] leafHash(long index) {
        return levels.get(0).get(Math.toIntExact(index)).clone();
    }

    @Override
    public byte[] subtreeHash(int level, long index) {
        return levels.get(level).get(Math.toIntExact(index)).clone();
    }
}
