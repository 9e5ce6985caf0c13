package org.guildmark.app.transparency;

import java.time.Instant;

public record SignedCheckpoint(long size, byte[] root, String note, Instant signedAt) {
}
