package org.guildmark.core.trust.log;

import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An RFC 9162 inclusion proof of the leaf at {@code index} in the tree of {@code size} leaves, the sibling hashes
 * from the leaf upward. Its JSON is {@code {"index":i,"size":N,"hashes":["base64",…]}}.
 */
public record InclusionProof(long index, long size, List<byte[]> hashes) {
    public InclusionProof {
        hashes = hashes.stream().map(byte[]::clone).toList();
    }

    @Override
    public List<byte[]> hashes() {
        return hashes.stream().map(byte[]::clone).toList();
    }

    /** Reads the proof JSON strictly; a {@link org.guildmark.core.trust.TrustFormatException} names the bad field. */
    public static InclusionProof fromJson(String json) {
        JsonNode root = ProofJson.read(json, Set.of("index", "size", "hashes"));
        return new InclusionProof(ProofJson.size(root, "index"), ProofJson.size(root, "size"), ProofJson.hashes(root));
    }

    public String toJson() {
        ObjectNode node = ProofJson.object();
        node.put("index", index);
        node.put("size", size);
        ProofJson.putHashes(node, hashes);
        return ProofJson.write(node);
    }

    /** Verifies that {@code leafHash} sits at {@code index} in the tree whose root is {@code root} (§2.1.3.2). */
    public ProofCheck verify(byte[] leafHash, byte[] root) {
        if (index < 0 || size < 0 || index >= size) {
            return new ProofCheck.IndexBeyondSize(index, size);
        }
        if (leafHash.length != MerkleHashing.HASH_LENGTH) {
            return new ProofCheck.MalformedHash("the leaf hash", leafHash.length);
        }
        if (root.length != MerkleHashing.HASH_LENGTH) {
            return new ProofCheck.MalformedHash("the root hash", root.length);
        }
        for (int i = 0; i < hashes.size(); i++) {
            if (hashes.get(i).length != MerkleHashing.HASH_LENGTH) {
                return new ProofCheck.MalformedHash("proof hash " + i, hashes.get(i).length);
            }
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : hashes) {
            if (sn == 0) {
                return new ProofCheck.ProofTooLong(hashes.size());
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHashing.nodeHash(p, r);
                if ((fn & 1) == 0) {
                    // A left child on the right edge has no sibling at these levels: climb past them.
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = MerkleHashing.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            return new ProofCheck.ProofTooShort(hashes.size());
        }
        if (!MessageDigest.isEqual(r, root)) {
            return new ProofCheck.RootMismatch("root", root, r);
        }
        return new ProofCheck.Verified();
    }
}
