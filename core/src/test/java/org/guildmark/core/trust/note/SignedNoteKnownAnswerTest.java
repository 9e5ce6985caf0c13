package org.guildmark.core.trust.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.guildmark.core.trust.TrustFormatException;
import org.guildmark.core.trust.key.Ed25519Key;
import org.junit.jupiter.api.Test;

/** The fixed keys and signed note of golang.org/x/mod/sumdb/note's note_test.go, reproduced exactly. */
class SignedNoteKnownAnswerTest {
    static final String PETER_SIGNER = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    static final String PETER_VERIFIER = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    static final String ENOCH_VERIFIER = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
    static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    static final String PETER_SIG = "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
    static final String ENOCH_SIG = "\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

    @Test
    void the_signer_key_derives_the_published_verifier_key() {
        NoteSigner signer = NoteSigner.parse(PETER_SIGNER);
        assertThat(signer.verifierKey().toString()).isEqualTo(PETER_VERIFIER);
        assertThat(NoteVerifierKey.parse(PETER_VERIFIER).keyId()).isEqualTo(0xc74f20a3);
    }

    @Test
    void signing_reproduces_the_published_note_byte_for_byte() {
        assertThat(NoteSigner.parse(PETER_SIGNER).sign(TEXT)).isEqualTo(TEXT + "\n" + PETER_SIG);
    }

    @Test
    void the_published_note_verifies_and_an_unknown_cosignature_is_tolerated() {
        NoteCheck check = SignedNote.open(TEXT + "\n" + PETER_SIG + ENOCH_SIG,
                List.of(NoteVerifierKey.parse(PETER_VERIFIER)));
        assertThat(check).isInstanceOfSatisfying(NoteCheck.Verified.class, v -> {
            assertThat(v.note().text()).isEqualTo(TEXT);
            assertThat(v.verifiedBy()).extracting(NoteSignature::keyLabel).containsExactly("PeterNeumann+c74f20a3");
            assertThat(v.unknown()).extracting(NoteSignature::keyLabel).containsExactly("EnochRoot+af0cfe78");
        });
        assertThat(SignedNote.open(TEXT + "\n" + PETER_SIG + ENOCH_SIG, List.of(NoteVerifierKey.parse(PETER_VERIFIER),
                NoteVerifierKey.parse(ENOCH_VERIFIER)))).isInstanceOfSatisfying(NoteCheck.Verified.class,
                        v -> assertThat(v.verifiedBy()).hasSize(2));
    }

    @Test
    void no_trusted_signature_and_altered_signatures_are_told_apart() {
        assertThat(SignedNote.open(TEXT + "\n" + PETER_SIG + ENOCH_SIG, List.of()))
                .isInstanceOfSatisfying(NoteCheck.NoTrustedSignature.class, n -> assertThat(n.signedBy())
                        .containsExactly("PeterNeumann+c74f20a3", "EnochRoot+af0cfe78"));
        String altered = TEXT + "\n" + PETER_SIG.substring(0, 60) + "ABCD" + PETER_SIG.substring(60);
        assertThat(SignedNote.open(altered, List.of(NoteVerifierKey.parse(PETER_VERIFIER))))
                .isInstanceOf(NoteCheck.BadSignature.class);
        String otherText = TEXT.replace("cryptography", "blockchains") + "\n" + PETER_SIG;
        assertThat(SignedNote.open(otherText, List.of(NoteVerifierKey.parse(PETER_VERIFIER))))
                .isInstanceOfSatisfying(NoteCheck.BadSignature.class,
                        b -> assertThat(b.reason()).contains("PeterNeumann+c74f20a3"));
    }

    @Test
    void malformed_notes_are_refused_as_the_reference_refuses_them() {
        List<String> bad = List.of(TEXT, TEXT + "\n", TEXT + "\n" + PETER_SIG.substring(0, PETER_SIG.length() - 1),
                "\u0001" + TEXT + "\n" + PETER_SIG,
                TEXT + "\n" + "\u2014 Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=",
                TEXT + "\n" + PETER_SIG + "Unexpected line.\n",
                TEXT + "\n" + PETER_SIG.repeat(101),
                TEXT + "\n" + PETER_SIG.replace('\u2014', '-'),
                TEXT.replace("\n", "\r\n") + "\r\n" + PETER_SIG);
        for (String note : bad) {
            assertThat(SignedNote.open(note, List.of(NoteVerifierKey.parse(PETER_VERIFIER))))
                    .as(note).isInstanceOf(NoteCheck.Malformed.class);
        }
        assertThatThrownBy(() -> SignedNote.parse(new byte[] { (byte) 0xff, '\n', '\n' }))
                .isInstanceOf(TrustFormatException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void mangled_verifier_keys_are_refused() {
        String v = PETER_VERIFIER;
        for (int i = 0; i < v.length(); i++) {
            String mangled = v.substring(0, i) + (char) (v.charAt(i) + 1) + v.substring(i + 1);
            assertThatThrownBy(() -> NoteVerifierKey.parse(mangled)).as(mangled)
                    .isInstanceOf(TrustFormatException.class);
        }
        assertThatThrownBy(() -> NoteVerifierKey.parse(v.substring(1))).isInstanceOf(TrustFormatException.class);
        assertThatThrownBy(() -> NoteVerifierKey.parse(v.substring(0, v.length() - 1)))
                .isInstanceOf(TrustFormatException.class);
        assertThatThrownBy(() -> NoteVerifierKey.parse(
                "PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
                .isInstanceOf(TrustFormatException.class);
    }

    @Test
    void a_fresh_key_signs_notes_its_verifier_key_accepts() {
        NoteSigner signer = new NoteSigner("guild.example/log", Ed25519Key.generate());
        String note = signer.sign("hello\n");
        NoteVerifierKey key = NoteVerifierKey.parse(signer.verifierKey().toString());
        assertThat(SignedNote.open(note, List.of(key)).verified()).isTrue();
        NoteSigner impostor = new NoteSigner("guild.example/log", Ed25519Key.generate());
        assertThat(SignedNote.open(impostor.sign("hello\n"), List.of(key)))
                .isInstanceOf(NoteCheck.NoTrustedSignature.class);
        assertThatThrownBy(() -> signer.sign("no newline")).isInstanceOf(TrustFormatException.class);
        assertThatThrownBy(() -> signer.sign("a\n\nb\n")).isInstanceOf(TrustFormatException.class);
    }
}
