package org.guildmark.core.trust.log;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An RFC 9162 consistency proof that the tree of {@code from} leaves is a prefix of the tree of {@code to} leaves.
 * Its JSON is {@code {"from":M,"to":N,"hashes":["base64",…]}}.
 */
public record ConsistencyProof(long from, long to, List<byte[]> hashes) {
    public ConsistencyProof {
        hashes = hashes.stream().map(byte[]::clone).toList();
    }

    @Override
    public List<byte[]> hashes() {
        return hashes.stream().map(byte[]::clone).toList();
    }

    public static ConsistencyProof fromJson(String json) {
        JsonNode root = ProofJson.read(json, Set.of("from", "to", "hashes"));
        return new ConsistencyProof(ProofJson.size(root, "from"), ProofJson.size(root, "to"), ProofJson.hashes(root));
    }

    public String toJson() {
        ObjectNode node = ProofJson.object();
        node.put("from", from);
        node.put("to", to);
        ProofJson.putHashes(node, hashes);
        return ProofJson.write(node);
    }

    /** Verifies that {@code fromRoot} (size {@code from}) and {@code toRoot} (size {@code to}) are one log (§2.1.4.2). */
    public ProofCheck verify(byte[] fromRoot, byte[] toRoot) {
        if (from < 0 || to < from) {
            return new ProofCheck.SizesOutOfOrder(from, to);
        }
        if (fromRoot.length != MerkleHashing.HASH_LENGTH) {
            return new ProofCheck.MalformedHash("the old root hash", fromRoot.length);
        }
        if (toRoot.length != MerkleHashing.HASH_LENGTH) {
            return new ProofCheck.MalformedHash("the new root hash", toRoot.length);
        }
        for (int i = 0; i < hashes.size(); i++) {
            if (hashes.get(i).length != MerkleHashing.HASH_LENGTH) {
                return new ProofCheck.MalformedHash("proof hash " + i, hashes.get(i).length);
            }
        }
        if (from == to) {
            if (!hashes.isEmpty()) {
                return new ProofCheck.UnexpectedHashes(hashes.size());
            }
            return MessageDigest.isEqual(fromRoot, toRoot) ? new ProofCheck.Verified()
                    : new ProofCheck.RootMismatch("new root", toRoot, fromRoot);
        }
        if (from == 0) {
            // Every tree extends the empty tree; RFC 9162 leaves nothing to prove.
            return hashes.isEmpty() ? new ProofCheck.Verified() : new ProofCheck.UnexpectedHashes(hashes.size());
        }
        if (hashes.isEmpty()) {
            return new ProofCheck.ProofTooShort(0);
        }
        List<byte[]> path = new ArrayList<>(hashes);
        if (Long.bitCount(from) == 1) {
            path.add(0, fromRoot);
        }
        long fn = from - 1;
        long sn = to - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return new ProofCheck.ProofTooLong(hashes.size());
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHashing.nodeHash(c, fr);
                sr = MerkleHashing.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleHashing.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            return new ProofCheck.ProofTooShort(hashes.size());
        }
        if (!MessageDigest.isEqual(fr, fromRoot)) {
            return new ProofCheck.RootMismatch("old root", fromRoot, fr);
        }
        if (!MessageDigest.isEqual(sr, toRoot)) {
            return new ProofCheck.RootMismatch("new root", toRoot, sr);
        }
        return new ProofCheck.Verified();
    }
}
