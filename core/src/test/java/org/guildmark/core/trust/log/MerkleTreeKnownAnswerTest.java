package org.guildmark.core.trust.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guildmark.core.trust.log.ReferenceVectors.hex;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The published Certificate Transparency / transparency-dev answers, reproduced exactly. */
class MerkleTreeKnownAnswerTest {

    private final MerkleTree tree = new MerkleTree(ReferenceVectors.tree());

    @Test
    void hashes_match_the_rfc6962_reference() {
        assertThat(MerkleHashing.emptyRoot())
                .isEqualTo(hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        assertThat(MerkleHashing.leafHash(new byte[0]))
                .isEqualTo(hex("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"));
        assertThat(MerkleHashing.leafHash("L123456".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(hex("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56"));
        assertThat(MerkleHashing.nodeHash("N123".getBytes(StandardCharsets.US_ASCII),
                "N456".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(hex("aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb"));
    }

    @Test
    void roots_of_every_size_match() {
        assertThat(tree.root(0)).isEqualTo(MerkleHashing.emptyRoot());
        for (int size = 1; size <= 8; size++) {
            assertThat(tree.root(size)).as("root of size %d", size).isEqualTo(ReferenceVectors.ROOTS.get(size - 1));
        }
    }

    @Test
    void roots_from_leaf_hashes_alone_match_too() {
        MemoryTree stored = ReferenceVectors.tree();
        LeafHashSource leavesOnly = new LeafHashSource() {
            @Override
            public long size() {
                return stored.size();
            }

            @Override
            public byte[] leafHash(long index) {
                return stored.leafHash(index);
            }
        };
        for (int size = 1; size <= 8; size++) {
            assertThat(new MerkleTree(leavesOnly).root(size)).isEqualTo(ReferenceVectors.ROOTS.get(size - 1));
        }
    }

    @Test
    void inclusion_proofs_are_generated_as_published_and_verify() {
        for (ReferenceVectors.Inclusion v : ReferenceVectors.INCLUSIONS) {
            InclusionProof proof = tree.inclusionProof(v.index(), v.size());
            assertThat(proof.hashes()).as("proof of %d in %d", v.index(), v.size())
                    .containsExactlyElementsOf(v.proof());
            byte[] leaf = MerkleHashing.leafHash(ReferenceVectors.LEAVES.get((int) v.index()));
            InclusionProof published = new InclusionProof(v.index(), v.size(), v.proof());
            assertThat(published.verify(leaf, ReferenceVectors.ROOTS.get((int) v.size() - 1)))
                    .isInstanceOf(ProofCheck.Verified.class);
        }
    }

    @Test
    void consistency_proofs_are_generated_as_published_and_verify() {
        for (ReferenceVectors.Consistency v : ReferenceVectors.CONSISTENCIES) {
            ConsistencyProof proof = tree.consistencyProof(v.from(), v.to());
            assertThat(proof.hashes()).as("proof %d..%d", v.from(), v.to()).containsExactlyElementsOf(v.proof());
            ConsistencyProof published = new ConsistencyProof(v.from(), v.to(), v.proof());
            assertThat(published.verify(ReferenceVectors.ROOTS.get((int) v.from() - 1),
                    ReferenceVectors.ROOTS.get((int) v.to() - 1))).isInstanceOf(ProofCheck.Verified.class);
        }
    }

    /** The corruptions transparency-dev applies to each published inclusion proof: every one must fail. */
    @Test
    void corrupted_inclusion_proofs_fail() {
        byte[] someHash = hex("abacaba000000000000000000000000000000000000000000060061e00123456");
        byte[] empty = MerkleHashing.emptyRoot();
        for (ReferenceVectors.Inclusion v : ReferenceVectors.INCLUSIONS.subList(1, ReferenceVectors.INCLUSIONS.size())) {
            byte[] leaf = MerkleHashing.leafHash(ReferenceVectors.LEAVES.get((int) v.index()));
            byte[] root = ReferenceVectors.ROOTS.get((int) v.size() - 1);
            List<byte[]> p = v.proof();
            long i = v.index();
            long n = v.size();
            List<ProofCheck> results = new ArrayList<>(List.of(
                    new InclusionProof(i - 1, n, p).verify(leaf, root),
                    new InclusionProof(i + 1, n, p).verify(leaf, root),
                    new InclusionProof(i ^ 2, n, p).verify(leaf, root),
                    new InclusionProof(i, n * 2, p).verify(leaf, root),
                    new InclusionProof(i, n / 2, p).verify(leaf, root),
                    new InclusionProof(i, n, p).verify("WrongLeaf".getBytes(StandardCharsets.US_ASCII), root),
                    new InclusionProof(i, n, p).verify(leaf, empty),
                    new InclusionProof(i, n, p).verify(leaf, someHash),
                    new InclusionProof(i, n, append(p, new byte[0])).verify(leaf, root),
                    new InclusionProof(i, n, append(p, root)).verify(leaf, root),
                    new InclusionProof(i, n, prepend(p, new byte[0])).verify(leaf, root),
                    new InclusionProof(i, n, prepend(p, root)).verify(leaf, root),
                    new InclusionProof(i, n, p.subList(0, p.size() - 1)).verify(leaf, root)));
            for (int k = 0; k < p.size(); k++) {
                List<byte[]> flipped = new ArrayList<>(p);
                byte[] h = flipped.get(k).clone();
                h[0] ^= 8;
                flipped.set(k, h);
                results.add(new InclusionProof(i, n, flipped).verify(leaf, root));
            }
            assertThat(results).as("proof of %d in %d", i, n).noneMatch(ProofCheck::verified);
        }
    }

    @Test
    void corrupted_consistency_proofs_fail() {
        for (ReferenceVectors.Consistency v : ReferenceVectors.CONSISTENCIES.subList(1,
                ReferenceVectors.CONSISTENCIES.size())) {
            long m = v.from();
            long n = v.to();
            byte[] r1 = ReferenceVectors.ROOTS.get((int) m - 1);
            byte[] r2 = ReferenceVectors.ROOTS.get((int) n - 1);
            List<byte[]> p = v.proof();
            byte[] wrong = "WrongRoot".getBytes(StandardCharsets.US_ASCII);
            List<ProofCheck> results = new ArrayList<>(List.of(
                    new ConsistencyProof(m - 1, n, p).verify(r1, r2),
                    new ConsistencyProof(m + 1, n, p).verify(r1, r2),
                    new ConsistencyProof(m ^ 2, n, p).verify(r1, r2),
                    new ConsistencyProof(m, n * 2, p).verify(r1, r2),
                    new ConsistencyProof(m, n / 2, p).verify(r1, r2),
                    new ConsistencyProof(m, n, p).verify(wrong, r2),
                    new ConsistencyProof(m, n, p).verify(r1, wrong),
                    new ConsistencyProof(m, n, p).verify(r2, r1),
                    new ConsistencyProof(m, n, List.of()).verify(r1, r2),
                    new ConsistencyProof(m, n, append(p, new byte[0])).verify(r1, r2),
                    new ConsistencyProof(m, n, append(p, r1)).verify(r1, r2),
                    new ConsistencyProof(m, n, append(p, r2)).verify(r1, r2),
                    new ConsistencyProof(m, n, prepend(p, new byte[0])).verify(r1, r2),
                    new ConsistencyProof(m, n, prepend(p, r1)).verify(r1, r2),
                    new ConsistencyProof(m, n, prepend(p, r2)).verify(r1, r2),
                    new ConsistencyProof(m, n, prepend(p, p.get(0))).verify(r1, r2),
                    new ConsistencyProof(m, n, p.subList(0, p.size() - 1)).verify(r1, r2)));
            for (int k = 0; k < p.size(); k++) {
                List<byte[]> flipped = new ArrayList<>(p);
                byte[] h = flipped.get(k).clone();
                h[0] ^= 16;
                flipped.set(k, h);
                results.add(new ConsistencyProof(m, n, flipped).verify(r1, r2));
            }
            assertThat(results).as("proof %d..%d", m, n).noneMatch(ProofCheck::verified);
        }
    }

    @Test
    void each_failure_names_its_check() {
        byte[] leaf = MerkleHashing.leafHash(ReferenceVectors.LEAVES.get(5));
        byte[] root = ReferenceVectors.ROOTS.get(7);
        List<byte[]> p = ReferenceVectors.INCLUSIONS.get(2).proof();
        assertThat(new InclusionProof(8, 8, p).verify(leaf, root)).isInstanceOf(ProofCheck.IndexBeyondSize.class);
        assertThat(new InclusionProof(5, 8, append(p, root)).verify(leaf, root))
                .isInstanceOf(ProofCheck.ProofTooLong.class);
        assertThat(new InclusionProof(5, 8, p.subList(0, 2)).verify(leaf, root))
                .isInstanceOf(ProofCheck.ProofTooShort.class);
        assertThat(new InclusionProof(5, 8, p).verify(leaf, ReferenceVectors.ROOTS.get(6)))
                .isInstanceOfSatisfying(ProofCheck.RootMismatch.class,
                        m -> assertThat(m.reason()).contains("expected ddb89be4"));
        assertThat(new InclusionProof(5, 8, prepend(p, new byte[3])).verify(leaf, root))
                .isInstanceOfSatisfying(ProofCheck.MalformedHash.class,
                        m -> assertThat(m.reason()).isEqualTo("proof hash 0 is 3 bytes long, not a 32-byte SHA-256 hash"));
        assertThat(new ConsistencyProof(5, 4, List.of()).verify(root, root))
                .isInstanceOf(ProofCheck.SizesOutOfOrder.class);
        assertThat(new ConsistencyProof(4, 4, List.of(root)).verify(root, root))
                .isInstanceOf(ProofCheck.UnexpectedHashes.class);
        assertThat(new ConsistencyProof(1, 2, List.of()).verify(root, root))
                .isInstanceOf(ProofCheck.ProofTooShort.class);
        assertThat(new ConsistencyProof(0, 1, List.of()).verify(root, ReferenceVectors.ROOTS.get(0)))
                .isInstanceOf(ProofCheck.Verified.class);
    }

    @Test
    void proofs_for_sizes_the_log_never_had_are_refused() {
        assertThatThrownBy(() -> tree.root(9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.inclusionProof(8, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.consistencyProof(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<byte[]> append(List<byte[]> p, byte[] h) {
        List<byte[]> out = new ArrayList<>(p);
        out.add(h);
        return out;
    }

    private static List<byte[]> prepend(List<byte[]> p, byte[] h) {
        List<byte[]> out = new ArrayList<>(p);
        out.add(0, h);
        return out;
    }
}
