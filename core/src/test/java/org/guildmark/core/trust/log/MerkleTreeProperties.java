package org.guildmark.core.trust.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** For random trees: every generated proof verifies, and flipping any single bit of it makes it fail. */
class MerkleTreeProperties {

    record Case(int size, int a, int b, int element, int bit) {
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.integers().between(1, 300).flatMap(size -> Combinators.combine(
                Arbitraries.integers().between(0, size - 1), Arbitraries.integers().between(0, size),
                Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 255))
                .as((a, b, e, bit) -> new Case(size, a, b, e, bit)));
    }

    @Property(tries = 300)
    void tree_heads_match_the_rfc_definition(@ForAll("cases") Case c) {
        MemoryTree leaves = tree(c.size());
        assertThat(new MerkleTree(leaves).root(c.b())).isEqualTo(reference(leaves, 0, c.b()));
    }

    @Property(tries = 300)
    void every_inclusion_proof_verifies_and_any_flipped_bit_fails(@ForAll("cases") Case c) {
        MemoryTree leaves = tree(c.size());
        MerkleTree tree = new MerkleTree(leaves);
        int size = Math.max(c.b(), c.a() + 1);
        InclusionProof proof = tree.inclusionProof(c.a(), size);
        byte[] leaf = leaves.leafHash(c.a());
        byte[] root = tree.root(size);
        assertThat(proof.verify(leaf, root).verified()).isTrue();
        assertThat(InclusionProof.fromJson(proof.toJson()).verify(leaf, root).verified()).isTrue();

        int bit = c.bit();
        if (!proof.hashes().isEmpty()) {
            List<byte[]> hashes = new ArrayList<>(proof.hashes());
            int k = c.element() % hashes.size();
            hashes.set(k, flip(hashes.get(k), bit));
            assertThat(new InclusionProof(c.a(), size, hashes).verify(leaf, root).verified()).isFalse();
        }
        assertThat(proof.verify(flip(leaf, bit), root).verified()).isFalse();
        assertThat(proof.verify(leaf, flip(root, bit)).verified()).isFalse();
        assertThat(new InclusionProof(c.a() ^ (1L << (bit % 9)), size, proof.hashes()).verify(leaf, root).verified())
                .isFalse();
    }

    @Property(tries = 300)
    void every_consistency_proof_verifies_and_any_flipped_bit_fails(@ForAll("cases") Case c) {
        MemoryTree leaves = tree(c.size());
        MerkleTree tree = new MerkleTree(leaves);
        int from = Math.min(c.a(), c.b());
        int to = Math.max(c.a(), c.b());
        ConsistencyProof proof = tree.consistencyProof(from, to);
        byte[] r1 = tree.root(from);
        byte[] r2 = tree.root(to);
        assertThat(proof.verify(r1, r2).verified()).isTrue();
        assertThat(ConsistencyProof.fromJson(proof.toJson()).verify(r1, r2).verified()).isTrue();

        int bit = c.bit();
        if (!proof.hashes().isEmpty()) {
            List<byte[]> hashes = new ArrayList<>(proof.hashes());
            int k = c.element() % hashes.size();
            hashes.set(k, flip(hashes.get(k), bit));
            assertThat(new ConsistencyProof(from, to, hashes).verify(r1, r2).verified()).isFalse();
        }
        if (from > 0) {
            // From the empty tree every root is consistent, so a flipped old root only matters from size 1.
            assertThat(proof.verify(flip(r1, bit), r2).verified()).isFalse();
        }
        if (from > 0 || from == to) {
            assertThat(proof.verify(r1, flip(r2, bit)).verified()).isFalse();
        }
    }

    private static byte[] flip(byte[] hash, int bit) {
        byte[] out = hash.clone();
        out[bit / 8] ^= (byte) (1 << (bit % 8));
        return out;
    }

    private static MemoryTree tree(int size) {
        MemoryTree tree = new MemoryTree();
        for (int i = 0; i < size; i++) {
            tree.appendEntry(ByteBuffer.allocate(4).putInt(i * 7919).array());
        }
        return tree;
    }

    /** MTH straight from RFC 9162 §2.1.1, from leaf hashes, no stored subtrees. */
    private static byte[] reference(MemoryTree leaves, long start, long end) {
        long n = end - start;
        if (n == 0) {
            return MerkleHashing.emptyRoot();
        }
        if (n == 1) {
            return leaves.leafHash(start);
        }
        long k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return MerkleHashing.nodeHash(reference(leaves, start, start + k), reference(leaves, start + k, end));
    }
}
