package org.guildmark.core.trust.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;

import org.guildmark.core.trust.key.Ed25519Key;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Any note text signs and verifies; flipping any bit of the signature makes the check fail. */
class SignedNoteProperties {
    private static final NoteSigner SIGNER = new NoteSigner("guild.example/log", Ed25519Key.generate());

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> line = Arbitraries.strings().withCharRange(' ', '~').withChars('é', '—', '漢').ofMinLength(1)
                .ofMaxLength(40);
        return line.list().ofMinSize(1).ofMaxSize(6).map(lines -> String.join("\n", lines) + "\n");
    }

    @Property(tries = 100)
    void signed_notes_verify_and_flipped_signature_bits_fail(@ForAll("texts") String text,
            @ForAll @IntRange(min = 0, max = 67 * 8 - 1) int bit) {
        String note = SIGNER.sign(text);
        List<NoteVerifierKey> trusted = List.of(SIGNER.verifierKey());
        assertThat(SignedNote.open(note, trusted)).isInstanceOf(NoteCheck.Verified.class);

        int lastSpace = note.lastIndexOf(' ');
        byte[] sig = Base64.getDecoder().decode(note.substring(lastSpace + 1, note.length() - 1));
        sig[bit / 8] ^= (byte) (1 << (bit % 8));
        String flipped = note.substring(0, lastSpace + 1) + Base64.getEncoder().encodeToString(sig) + "\n";
        // A flipped key-ID bit makes the signature unknown; a flipped signature bit makes it bad. Never verified.
        assertThat(SignedNote.open(flipped, trusted).verified()).isFalse();
    }
}
