package org.guildmark.core.trust.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.guildmark.core.trust.TrustFormatException;
import org.guildmark.core.trust.key.Ed25519Key;
import org.guildmark.core.trust.note.NoteCheck;
import org.guildmark.core.trust.note.NoteSigner;
import org.guildmark.core.trust.note.SignedNote;
import org.junit.jupiter.api.Test;

class CheckpointTest {
    private static final byte[] ROOT = ReferenceVectors.ROOTS.get(7);

    @Test
    void text_follows_tlog_checkpoint() {
        Checkpoint c = new Checkpoint("guild.example/log", 8, ROOT, List.of("ext one"));
        assertThat(c.text()).isEqualTo("guild.example/log\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\next one\n");
        Checkpoint back = Checkpoint.parse(c.text());
        assertThat(back.origin()).isEqualTo("guild.example/log");
        assertThat(back.size()).isEqualTo(8);
        assertThat(back.rootHash()).isEqualTo(ROOT);
        assertThat(back.extensions()).containsExactly("ext one");
    }

    @Test
    void a_signed_checkpoint_verifies_with_the_origin_as_key_name() {
        NoteSigner signer = new NoteSigner("guild.example/log", Ed25519Key.generate());
        String note = signer.sign(new Checkpoint("guild.example/log", 8, ROOT).text());
        NoteCheck check = SignedNote.open(note, List.of(signer.verifierKey()));
        assertThat(check).isInstanceOfSatisfying(NoteCheck.Verified.class,
                v -> assertThat(Checkpoint.parse(v.note().text()).size()).isEqualTo(8));
    }

    @Test
    void malformed_checkpoints_name_the_line() {
        assertThatThrownBy(() -> Checkpoint.parse("o\n8\n")).isInstanceOf(TrustFormatException.class);
        assertThatThrownBy(() -> Checkpoint.parse("o\n08\nXcnaeacGWamtVZy3Ad7Zoqudgjqtl0lgz+Nw7/RgQyg=\n"))
                .isInstanceOfSatisfying(TrustFormatException.class, e -> assertThat(e.where()).isEqualTo("line 2"));
        assertThatThrownBy(() -> Checkpoint.parse("o\n-1\nXcnaeacGWamtVZy3Ad7Zoqudgjqtl0lgz+Nw7/RgQyg=\n"))
                .isInstanceOfSatisfying(TrustFormatException.class, e -> assertThat(e.where()).isEqualTo("line 2"));
        assertThatThrownBy(() -> Checkpoint.parse("o\n99999999999999999999\nAAAA\n"))
                .isInstanceOfSatisfying(TrustFormatException.class, e -> assertThat(e.where()).isEqualTo("line 2"));
        assertThatThrownBy(() -> Checkpoint.parse("o\n8\nAAAA\n"))
                .isInstanceOfSatisfying(TrustFormatException.class, e -> assertThat(e.where()).isEqualTo("line 3"));
        assertThatThrownBy(() -> Checkpoint.parse("o\n8\nXcnaeacGWamtVZy3Ad7Zoqudgjqtl0lgz+Nw7/RgQyg="))
                .isInstanceOf(TrustFormatException.class);
        assertThatThrownBy(() -> Checkpoint.parse("o\n8\nXcnaeacGWamtVZy3Ad7Zoqudgjqtl0lgz+Nw7/RgQyg=\n\n"))
                .isInstanceOfSatisfying(TrustFormatException.class, e -> assertThat(e.where()).isEqualTo("line 4"));
        assertThatThrownBy(() -> Checkpoint.parse("\n8\nXcnaeacGWamtVZy3Ad7Zoqudgjqtl0lgz+Nw7/RgQyg=\n"))
                .isInstanceOfSatisfying(TrustFormatException.class, e -> assertThat(e.where()).isEqualTo("line 1"));
    }

    @Test
    void origin_is_derived_from_the_issuer() {
        assertThat(Checkpoint.originFor("https://guild.example/")).isEqualTo("guild.example/log");
        assertThat(Checkpoint.originFor("https://guild.example/aimeg")).isEqualTo("guild.example/aimeg/log");
    }
}
