package org.guildmark.core.trust.log;

/**
 * The leaf hashes of a log, in order, as a database or memory keeps them.
 *
 * <p>{@link #subtreeHash} is the hash of a complete (perfect) subtree: the {@code 2^level} leaves starting at
 * {@code index << level}. The default computes it from the leaves, which costs {@code 2^level} leaf reads; a store
 * that keeps the complete-subtree hashes it computed on append (about one more hash per leaf, so {@code 2N} hashes
 * in all) overrides it with a single read, and then every tree head and proof of {@link MerkleTree} costs
 * {@code O(log² N)} reads whatever the size.
 */
public interface LeafHashSource {
    /** Number of leaves stored. */
    long size();

    /** The leaf hash at {@code index}, {@code 0 <= index < size()}. */
    byte[] leafHash(long index);

    /** Hash of the complete subtree of {@code 2^level} leaves starting at leaf {@code index << level}. */
    default byte[] subtreeHash(int level, long index) {
        if (level == 0) {
            return leafHash(index);
        }
        return MerkleHashing.nodeHash(subtreeHash(level - 1, 2 * index), subtreeHash(level - 1, 2 * index + 1));
    }
}
