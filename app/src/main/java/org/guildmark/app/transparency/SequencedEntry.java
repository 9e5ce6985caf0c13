package org.guildmark.app.transparency;

/** A log entry at its place in the log: its index, its canonical bytes and its leaf hash SHA-256(0x00 ‖ entry). */
public record SequencedEntry(long index, byte[] entry, byte[] leafHash) {

    public SequencedEntry {
        entry = entry.clone();
        leafHash = leafHash.clone();
    }

    @Override
    public byte[] entry() {
        return entry.clone();
    }

    @Override
    public byte[] leafHash() {
        return leafHash.clone();
    }
}
