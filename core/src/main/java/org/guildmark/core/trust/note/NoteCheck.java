package org.guildmark.core.trust.note;

import java.util.List;

/** The outcome of checking a signed note against the keys a reader trusts. */
public sealed interface NoteCheck {

    default boolean verified() {
        return this instanceof Verified;
    }

    String reason();

    /** At least one trusted key signed the text; signatures by keys not trusted are kept, unchecked. */
    record Verified(SignedNote note, List<NoteSignature> verifiedBy, List<NoteSignature> unknown) implements NoteCheck {
        @Override
        public String reason() {
            return "signed by " + String.join(", ", verifiedBy.stream().map(NoteSignature::keyLabel).toList());
        }
    }

    /** The note does not follow the signed-note format. */
    record Malformed(String detail) implements NoteCheck {
        @Override
        public String reason() {
            return "not a well-formed signed note: " + detail;
        }
    }

    /** None of the signatures is by a trusted key. */
    record NoTrustedSignature(List<String> signedBy) implements NoteCheck {
        @Override
        public String reason() {
            return signedBy.isEmpty() ? "the note has no signatures"
                    : "no signature by a trusted key; signed by " + String.join(", ", signedBy);
        }
    }

    /** A trusted key's name and key ID appear, but its signature does not verify: the note was altered. */
    record BadSignature(String keyLabel) implements NoteCheck {
        @Override
        public String reason() {
            return "the signature by " + keyLabel + " does not verify: the note was altered or forged";
        }
    }
}
