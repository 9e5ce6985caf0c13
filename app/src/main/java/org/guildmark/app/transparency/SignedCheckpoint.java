package org.guildmark.app.transparency;

import java.time.Instant;

/**
 * A checkpoint the log signed: the tree size, its root hash, the signed note as served at {@code /log/checkpoint}
 * (C2SP tlog-checkpoint text, a blank line, the guild key's signature line), and when it was signed.
 */
public record SignedCheckpoint(long size, byte[] root, String note, Instant signedAt) {

    public SignedCheckpoint {
        root = root.clone();
    }

    @Override
    public byte[] root() {
        return root.clone();
    }
}
