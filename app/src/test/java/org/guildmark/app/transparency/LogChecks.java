package org.guildmark.app.transparency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import org.guildmark.app.keys.GuildKeys;
import org.guildmark.app.keys.Issuer;
import org.guildmark.core.trust.log.Checkpoint;
import org.guildmark.core.trust.log.LogEntry;
import org.guildmark.core.trust.note.NoteCheck;
import org.guildmark.core.trust.note.NoteVerifierKey;
import org.guildmark.core.trust.note.SignedNote;

import static org.assertj.core.api.Assertions.assertThat;

/** Entries to log and the checks a verifier makes, shared by the log's tests. */
final class LogChecks {

    private LogChecks() {
    }

    /** A distinct certificate issuance entry for each {@code i}. */
    static LogEntry certificateIssued(long i) {
        return new LogEntry.CertificateEvent(LogEntry.CertificateEvent.Kind.ISSUED,
                "urn:uuid:" + UUID.nameUUIDFromBytes(("certificate " + i).getBytes(StandardCharsets.UTF_8)),
                sha256("certificate " + i), Instant.parse("2026-05-01T12:00:00Z").plusSeconds(i));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The log's verifier keys as a verifier derives them: every published guild key, under the log's origin. */
    static List<NoteVerifierKey> verifierKeys(JWKSet published, Issuer issuer) {
        return published.getKeys().stream()
                .map(key -> new NoteVerifierKey(issuer.logOrigin(), ((OctetKeyPair) key).getX().decode()))
                .toList();
    }

    /**
     * Checks the checkpoint's note with core against the guild's published keys and that its text states the
     * record's size and root under the log's origin; returns the text.
     */
    static String verifiedCheckpoint(SignedCheckpoint checkpoint, GuildKeys keys, Issuer issuer) {
        return verifiedNote(checkpoint.note(), checkpoint.size(), checkpoint.root(), keys.publicKeys(), issuer);
    }

    static String verifiedNote(String note, long size, byte[] root, JWKSet published, Issuer issuer) {
        NoteCheck check = SignedNote.open(note, verifierKeys(published, issuer));
        assertThat(check.verified()).as(check.reason()).isTrue();
        String text = ((NoteCheck.Verified) check).note().text();
        Checkpoint parsed = Checkpoint.parse(text);
        assertThat(parsed.origin()).isEqualTo(issuer.logOrigin());
        assertThat(parsed.size()).isEqualTo(size);
        assertThat(parsed.rootHash()).isEqualTo(root);
        return text;
    }

    /** The kid of the published key whose signature the checkpoint carries. */
    static String signingKid(SignedCheckpoint checkpoint, GuildKeys keys, Issuer issuer) {
        for (JWK key : keys.publicKeys().getKeys()) {
            NoteVerifierKey verifier = new NoteVerifierKey(issuer.logOrigin(), ((OctetKeyPair) key).getX().decode());
            if (SignedNote.open(checkpoint.note(), List.of(verifier)).verified()) {
                return key.getKeyID();
            }
        }
        throw new AssertionError("no published key signed " + checkpoint.note());
    }
}
