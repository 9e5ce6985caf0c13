package org.guildmark.core.trust.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;

import org.junit.jupiter.api.Test;

/** With stored complete-subtree hashes, proofs in a ten-million-entry log need a few hundred reads at most. */
class MerkleTreeCostTest {

    /** Stands in for a database: answers any subtree with a made-up hash and counts the reads. */
    static final class CountingSource implements LeafHashSource {
        final long size;
        long reads;

        CountingSource(long size) {
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
            reads++;
            return MerkleHashing.leafHash(ByteBuffer.allocate(12).putInt(level).putLong(index).array());
        }
    }

    @Test
    void a_ten_million_entry_log_answers_with_few_reads() {
        long n = 10_000_000;
        CountingSource source = new CountingSource(n);
        MerkleTree tree = new MerkleTree(source);
        tree.root(n);
        assertThat(source.reads).isLessThanOrEqualTo(64);
        for (long index : new long[] { 0, 4_999_999, n - 1 }) {
            source.reads = 0;
            assertThat(tree.inclusionProof(index, n).hashes()).hasSizeLessThanOrEqualTo(24);
            assertThat(source.reads).as("reads for leaf %d", index).isLessThanOrEqualTo(24 * 24);
        }
        source.reads = 0;
        tree.consistencyProof(6_543_210, n);
        assertThat(source.reads).isLessThanOrEqualTo(2 * 24 * 24);
    }
}
