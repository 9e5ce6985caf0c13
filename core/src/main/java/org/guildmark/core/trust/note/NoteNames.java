package org.guildmark.core.trust.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Key names and key IDs of C2SP signed notes. */
final class NoteNames {
    static final byte ED25519 = 0x01;

    private NoteNames() {
    }

    /** A key name is non-empty UTF-8 without Unicode spaces or '+'. */
    static boolean valid(String name) {
        if (name.isEmpty()) {
            return false;
        }
        return name.codePoints().noneMatch(c -> c == '+' || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.isISOControl(c) || c == 0xFFFD);
    }

    /** First four bytes, big-endian, of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key). */
    static int keyId(String name, byte[] publicKey) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(name.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0x0A);
            d.update(ED25519);
            d.update(publicKey);
            return ByteBuffer.wrap(d.digest()).getInt();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static String hex(int keyId) {
        return String.format("%08x", keyId);
    }
}
