package org.guildmark.core.trust.log;

/**
 * A complete subtree's hash, addressed as in {@link LeafHashSource#subtreeHash}: {@code 2^level} leaves from leaf
 * {@code index << level}. What a store writes beside each appended leaf.
 */
public record SubtreeNode(int level, long index, byte[] hash) {
    public SubtreeNode {
        if (level < 0 || index < 0 || hash.length != MerkleHashing.HASH_LENGTH) {
            throw new IllegalArgumentException("a subtree node has level >= 0, index >= 0 and a 32-byte hash");
        }
        hash = hash.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }
}
