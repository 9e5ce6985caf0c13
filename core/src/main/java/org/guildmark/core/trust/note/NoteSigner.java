package org.guildmark.core.trust.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.guildmark.core.trust.TrustFormatException;
import org.guildmark.core.trust.key.Ed25519Key;

/** Signs note texts under a key name with an Ed25519 key, producing C2SP signed notes. */
public final class NoteSigner {
    private final String name;
    private final Ed25519Key key;
    private final NoteVerifierKey verifierKey;

    public NoteSigner(String name, Ed25519Key key) {
        this.name = name;
        this.key = key;
        this.verifierKey = new NoteVerifierKey(name, key.publicKey());
    }

    /**
     * Reads a signer key {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(0x01 ‖ seed)>} (the golang.org/x/mod form),
     * checking its key ID against the derived public key.
     */
    public static NoteSigner parse(String signerKey) {
        String prefix = "PRIVATE+KEY+";
        if (!signerKey.startsWith(prefix)) {
            throw new TrustFormatException("", "a signer key starts with " + prefix);
        }
        String[] parts = signerKey.substring(prefix.length()).split("\\+", 3);
        if (parts.length != 3 || !parts[1].matches("[0-9a-f]{8}")) {
            throw new TrustFormatException("", "a signer key is PRIVATE+KEY+<name>+<hex key ID>+<base64 key>");
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
        NoteSigner signer = new NoteSigner(parts[0], Ed25519Key.fromSeed(Arrays.copyOfRange(key, 1, 33)));
        if (!NoteNames.hex(signer.verifierKey.keyId()).equals(parts[1])) {
            throw new TrustFormatException("key ID", "does not match the name and key");
        }
        return signer;
    }

    public String name() {
        return name;
    }

    public NoteVerifierKey verifierKey() {
        return verifierKey;
    }

    /** The signature line for {@code text}: {@code — <name> base64(keyID ‖ signature)} and a newline. */
    public String signatureLine(String text) {
        SignedNote.requireValidText(text);
        byte[] signature = key.sign(text.getBytes(StandardCharsets.UTF_8));
        byte[] keyIdAndSignature = ByteBuffer.allocate(4 + signature.length).putInt(verifierKey.keyId())
                .put(signature).array();
        return SignedNote.SIGNATURE_PREFIX + name + " " + Base64.getEncoder().encodeToString(keyIdAndSignature)
                + "\n";
    }

    /** The signed note: {@code text}, a blank line, this key's signature line. */
    public String sign(String text) {
        return text + "\n" + signatureLine(text);
    }
}
