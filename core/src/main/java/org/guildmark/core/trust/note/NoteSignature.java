package org.guildmark.core.trust.note;

import java.util.Arrays;

/** One signature line of a signed note: the key name, the 4-byte key ID and the signature bytes after it. */
public record NoteSignature(String name, int keyId, byte[] signature) {
    public NoteSignature {
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** {@code name+hexKeyID}, how a person recognises the key. */
    public String keyLabel() {
        return name + "+" + NoteNames.hex(keyId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoteSignature s && s.name.equals(name) && s.keyId == keyId
                && Arrays.equals(s.signature, signature);
    }

    @Override
    public int hashCode() {
        return (name.hashCode() * 31 + keyId) * 31 + Arrays.hashCode(signature);
    }
}
