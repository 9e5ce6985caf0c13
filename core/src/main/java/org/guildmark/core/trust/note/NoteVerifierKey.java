package org.guildmark.core.trust.note;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.guildmark.core.trust.TrustFormatException;
import org.guildmark.core.trust.key.Ed25519Key;

/**
 * An Ed25519 public key under a name, as C2SP signed notes use it. Its string form is the verifier key
 * {@code <name>+<hex key ID>+<base64(0x01 ‖ public key)>}.
 */
public record NoteVerifierKey(String name, byte[] publicKey) {
    public NoteVerifierKey {
        if (!NoteNames.valid(name)) {
            throw new TrustFormatException("name", "a key name is non-empty and has no spaces or '+'");
        }
        if (publicKey.length != 32) {
            throw new TrustFormatException("key", "an Ed25519 public key is 32 bytes");
        }
        publicKey = publicKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The 4-byte key ID every signature line starts with. */
    public int keyId() {
        return NoteNames.keyId(name, publicKey);
    }

    /** Parses a verifier key string strictly: the key ID must be the one the name and key give. */
    public static NoteVerifierKey parse(String verifierKey) {
        String[] parts = verifierKey.split("\\+", 3);
        if (parts.length != 3) {
            throw new TrustFormatException("", "a verifier key is <name>+<hex key ID>+<base64 key>");
        }
        if (!parts[1].matches("[0-9a-f]{8}")) {
            throw new TrustFormatException("key ID", "eight lower-case hex digits expected, got '" + parts[1] + "'");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new TrustFormatException("key", "not standard base64");
        }
        if (key.length != 33 || key[0] != NoteNames.ED25519) {
            throw new TrustFormatException("key", "only Ed25519 keys (type 0x01, 32 bytes) are supported");
        }
        if (!Base64.getEncoder().encodeToString(key).equals(parts[2])) {
            throw new TrustFormatException("key", "not in canonical base64");
        }
        NoteVerifierKey parsed = new NoteVerifierKey(parts[0], Arrays.copyOfRange(key, 1, 33));
        if (!NoteNames.hex(parsed.keyId()).equals(parts[1])) {
            throw new TrustFormatException("key ID", "does not match the name and key (expected "
                    + NoteNames.hex(parsed.keyId()) + ")");
        }
        return parsed;
    }

    /** Whether this key signed {@code text}: the signature covers the note text, final newline included. */
    public boolean verifies(String text, byte[] signature) {
        return Ed25519Key.verify(publicKey, text.getBytes(StandardCharsets.UTF_8), signature);
    }

    @Override
    public String toString() {
        byte[] key = new byte[33];
        key[0] = NoteNames.ED25519;
        System.arraycopy(publicKey, 0, key, 1, 32);
        return name + "+" + NoteNames.hex(keyId()) + "+" + Base64.getEncoder().encodeToString(key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoteVerifierKey k && k.name.equals(name) && Arrays.equals(k.publicKey, publicKey);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(publicKey);
    }
}
