package org.guildmark.app.transparency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.guildmark.app.DatabaseTime;
import org.guildmark.app.registry.ConsentWithdrawn;
import org.guildmark.core.trust.log.LogEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Logs a salted commitment to every consent withdrawal, revocation and invalidation the registry publishes
 * ({@link ConsentWithdrawn}), so that anyone can later be shown that the registry recorded the event, and when,
 * while the public log reveals nothing about whom it concerned.
 *
 * <p>The commitment is SHA-256(salt ‖ the event's canonical bytes, {@link #canonical}) with a fresh random 32-byte
 * salt per event. Salt and bytes are kept in {@code consent_commitment}, never served; whoever is given them (the
 * person, a court) recomputes the commitment, rebuilds the log entry from it and its {@code at}, and checks its
 * inclusion proof against a signed checkpoint. Without the salt nobody can test a guessed event (a
 * person's id, a likely instant) against the commitment.
 *
 * <p>The listener runs before the registry's transaction commits, in it: the commitment is queued exactly when the
 * withdrawal is stored, and a failure here rolls the withdrawal back rather than leave it unlogged.
 */
@Component
public class ConsentCommitments {

    /** What opens one commitment: the salt, the committed bytes, and the log entry's instant. */
    public record Opening(String commitment, byte[] salt, byte[] event, Instant at) {
        public Opening {
            salt = salt.clone();
            event = event.clone();
        }

        @Override
        public byte[] salt() {
            return salt.clone();
        }

        @Override
        public byte[] event() {
            return event.clone();
        }

        /** The log entry this opening opens, byte for byte as logged. */
        public LogEntry.ConsentCommitment entry() {
            return new LogEntry.ConsentCommitment(commitment, at);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TransparencyLog transparencyLog;
    private final JdbcClient jdbc;
    private final Clock clock;

    ConsentCommitments(TransparencyLog transparencyLog, JdbcClient jdbc, Clock clock) {
        this.transparencyLog = transparencyLog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void log(ConsentWithdrawn event) {
        byte[] canonical = canonical(event);
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        String commitment = commitment(salt, canonical);
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long queued = transparencyLog.append(new LogEntry.ConsentCommitment(commitment, at));
        jdbc.sql("""
                INSERT INTO consent_commitment (commitment, grant_id, salt, event, queue_id, created_at)
                VALUES (:commitment, :grant, :salt, :event, :queued, :at)""")
                .param("commitment", commitment)
                .param("grant", event.grant())
                .param("salt", salt)
                .param("event", canonical)
                .param("queued", queued)
                .param("at", DatabaseTime.utc(at))
                .update();
    }

    /** The openings of the commitments logged for a grant's events, oldest first. Private: not for the web. */
    public List<Opening> openings(UUID grant) {
        return jdbc.sql("""
                SELECT commitment, salt, event, created_at FROM consent_commitment
                WHERE grant_id = :grant ORDER BY created_at, queue_id""")
                .param("grant", grant)
                .query((rs, row) -> new Opening(rs.getString("commitment"), rs.getBytes("salt"),
                        rs.getBytes("event"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * The event's canonical bytes: one JSON object, fields in this order, no spaces, UTF-8, ids as lower-case
     * UUIDs, the status code, the instant in ISO-8601 UTC, the obligations sorted:
     * {@code {"type":"consent-withdrawn","grant":…,"person":…,"grantee":…,"status":"withdrawn",
     * "effectiveAt":"…","obligations":[…]}}. Every value is ASCII without quotes or backslashes, so no JSON escaping
     * choice can differ.
     */
    static byte[] canonical(ConsentWithdrawn event) {
        StringBuilder json = new StringBuilder("{\"type\":\"consent-withdrawn\"")
                .append(",\"grant\":").append(quoted(event.grant()))
                .append(",\"person\":").append(quoted(event.person()))
                .append(",\"grantee\":").append(quoted(event.grantee()))
                .append(",\"status\":\"").append(event.status().code()).append('"')
                .append(",\"effectiveAt\":\"").append(DateTimeFormatter.ISO_INSTANT.format(event.effectiveAt()))
                .append("\",\"obligations\":[");
        List<String> obligations = event.obligations().stream().map(UUID::toString).sorted().toList();
        for (int i = 0; i < obligations.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(obligations.get(i)).append('"');
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Lower-case hex SHA-256(salt ‖ event). */
    static String commitment(byte[] salt, byte[] event) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            sha256.update(event);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String quoted(UUID id) {
        return id == null ? "null" : "\"" + id + "\"";
    }
}
