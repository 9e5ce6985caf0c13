package org.guildmark.core.trust.log;

import java.util.ArrayList;
import java.util.List;

/**
 * Tree heads and proofs (RFC 9162 §2.1.1, §2.1.3.1, §2.1.4.1) over the leaf hashes of a {@link LeafHashSource}.
 *
 * <p>Every range the RFC's recursive definitions need is split into at most {@code log2 N} complete subtrees, so a
 * tree head costs {@code O(log N)} {@link LeafHashSource#subtreeHash} reads and a proof {@code O(log² N)} reads
 * (a few hundred for ten million leaves), with memory for one proof only. Sizes may be any historic size up to
 * {@link LeafHashSource#size()}, so a server answers for any checkpoint it ever signed.
 */
public final class MerkleTree {
    private final LeafHashSource leaves;

    public MerkleTree(LeafHashSource leaves) {
        this.leaves = leaves;
    }

    /** MTH(D[0:size]), the root hash of the tree of the first {@code size} leaves. */
    public byte[] root(long size) {
        checkSize(size);
        return size == 0 ? MerkleHashing.emptyRoot() : rangeHash(0, size);
    }

    /** The inclusion proof of leaf {@code index} in the tree of size {@code size} (RFC 9162 §2.1.3.1). */
    public InclusionProof inclusionProof(long index, long size) {
        checkSize(size);
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf index " + index + " is not in a tree of size " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(index, 0, size, path);
        return new InclusionProof(index, size, path);
    }

    /** The consistency proof between tree sizes {@code from} and {@code to} (RFC 9162 §2.1.4.1). */
    public ConsistencyProof consistencyProof(long from, long to) {
        checkSize(to);
        if (from < 0 || from > to) {
            throw new IllegalArgumentException("a consistency proof needs 0 <= from <= to, got " + from + " and " + to);
        }
        List<byte[]> proof = new ArrayList<>();
        if (from > 0 && from < to) {
            subproof(from, 0, to, true, proof);
        }
        return new ConsistencyProof(from, to, proof);
    }

    /**
     * The complete subtrees that appending the leaf at {@code index} completes, lowest first (the leaf itself at
     * level 0): what a store writes so that {@link LeafHashSource#subtreeHash} stays a single read. {@code existing}
     * must already hold leaves {@code 0..index-1}.
     */
    public static List<SubtreeNode> completedBy(long index, byte[] leafHash, LeafHashSource existing) {
        List<SubtreeNode> nodes = new ArrayList<>();
        byte[] hash = leafHash.clone();
        nodes.add(new SubtreeNode(0, index, hash));
        long i = index;
        int level = 0;
        while ((i & 1) == 1) {
            // This node is a right child: its left sibling is complete and stored, so their parent is complete.
            hash = MerkleHashing.nodeHash(existing.subtreeHash(level, i - 1), hash);
            i >>= 1;
            level++;
            nodes.add(new SubtreeNode(level, i, hash));
        }
        return nodes;
    }

    private void checkSize(long size) {
        if (size < 0 || size > leaves.size()) {
            throw new IllegalArgumentException("tree size " + size + " is not between 0 and the log's size "
                    + leaves.size());
        }
    }

    /** MTH(D[start:end]); {@code start} is always a multiple of the largest power of two below the length. */
    private byte[] rangeHash(long start, long end) {
        long n = end - start;
        if (Long.bitCount(n) == 1 && start % n == 0) {
            return leaves.subtreeHash(Long.numberOfTrailingZeros(n), start / n);
        }
        long k = largestPowerOfTwoBelow(n);
        return MerkleHashing.nodeHash(rangeHash(start, start + k), rangeHash(start + k, end));
    }

    private void path(long m, long start, long end, List<byte[]> out) {
        long n = end - start;
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(m, start, start + k, out);
            out.add(rangeHash(start + k, end));
        } else {
            path(m - k, start + k, end, out);
            out.add(rangeHash(start, start + k));
        }
    }

    private void subproof(long m, long start, long end, boolean wholeOldTree, List<byte[]> out) {
        long n = end - start;
        if (m == n) {
            if (!wholeOldTree) {
                out.add(rangeHash(start, end));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, start, start + k, wholeOldTree, out);
            out.add(rangeHash(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, out);
            out.add(rangeHash(start, start + k));
        }
    }

    /** The largest power of two strictly smaller than {@code n}, for {@code n >= 2}. */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }
}
