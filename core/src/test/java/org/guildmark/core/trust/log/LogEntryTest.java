package org.guildmark.core.trust.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.guildmark.core.trust.TrustFormatException;
import org.guildmark.core.trust.log.LogEntry.CertificateEvent;
import org.junit.jupiter.api.Test;

class LogEntryTest {
    private static final Instant AT = Instant.parse("2026-05-01T12:00:00Z");
    private static final String HASH = "0123456789abcdef".repeat(4);

    @Test
    void entries_encode_to_one_canonical_line() {
        assertThat(new String(new CertificateEvent(CertificateEvent.Kind.ISSUED, "urn:uuid:1234", HASH, AT).encode(),
                StandardCharsets.UTF_8)).isEqualTo("{\"type\":\"certificate-issued\",\"certificateId\":\"urn:uuid:1234\","
                        + "\"certificateSha256\":\"" + HASH + "\",\"at\":\"2026-05-01T12:00:00Z\"}");
        assertThat(new String(new CertificateEvent(CertificateEvent.Kind.SUSPENDED, "urn:uuid:1234", HASH, AT)
                .encode(), StandardCharsets.UTF_8)).startsWith("{\"type\":\"certificate-suspended\"");
        assertThat(new String(new LogEntry.SanctionPublished("sanction-7", HASH, AT).encode(), StandardCharsets.UTF_8))
                .isEqualTo("{\"type\":\"sanction-published\",\"sanctionId\":\"sanction-7\",\"sanctionSha256\":\""
                        + HASH + "\",\"at\":\"2026-05-01T12:00:00Z\"}");
        assertThat(new String(new LogEntry.ConsentCommitment(HASH, AT).encode(), StandardCharsets.UTF_8))
                .isEqualTo("{\"type\":\"consent-commitment\",\"commitment\":\"" + HASH
                        + "\",\"at\":\"2026-05-01T12:00:00Z\"}");
    }

    @Test
    void the_leaf_hash_is_the_rfc6962_hash_of_the_bytes() {
        LogEntry e = new LogEntry.ConsentCommitment(HASH, AT);
        assertThat(e.leafHash()).isEqualTo(MerkleHashing.leafHash(e.encode()));
    }

    @Test
    void parsing_accepts_only_canonical_entries() {
        LogEntry e = new CertificateEvent(CertificateEvent.Kind.REVOKED, "urn:uuid:1234", HASH, AT);
        assertThat(LogEntry.parse(e.encode())).isEqualTo(e);
        String spaced = new String(e.encode(), StandardCharsets.UTF_8).replace(",", ", ");
        assertThatThrownBy(() -> LogEntry.parse(spaced.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(TrustFormatException.class).hasMessageContaining("canonical");
        assertThatThrownBy(() -> LogEntry.parse("{\"type\":\"party\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(TrustFormatException.class).hasMessageContaining("unknown entry type");
        assertThatThrownBy(() -> new LogEntry.ConsentCommitment("ABC", AT)).isInstanceOf(TrustFormatException.class);
        assertThatThrownBy(() -> new CertificateEvent(CertificateEvent.Kind.ISSUED, "has space", HASH, AT))
                .isInstanceOf(TrustFormatException.class);
    }
}
