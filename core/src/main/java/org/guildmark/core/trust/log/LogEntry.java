package org.guildmark.core.trust.log;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.guildmark.core.trust.TrustFormatException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An entry of the transparency log, and its one canonical encoding: a JSON object on one line, fields in the order
 * shown, no spaces, UTF-8, no trailing newline. The leaf hash is SHA-256(0x00 ‖ those bytes), so the server that
 * appends and the verifier that recomputes must produce the same bytes; values are restricted to ASCII identifiers,
 * lower-case hex and UTC instants so no JSON escaping choice can differ. No entry carries personal data.
 */
public sealed interface LogEntry {
    Pattern ID = Pattern.compile("[A-Za-z0-9:._\\-]{1,200}");
    Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    /** The canonical bytes hashed into the log. */
    byte[] encode();

    default byte[] leafHash() {
        return MerkleHashing.leafHash(encode());
    }

    /** A certificate event: {@code {"type":"certificate-issued","certificateId":…,"certificateSha256":…,"at":…}}. */
    record CertificateEvent(Kind kind, String certificateId, String certificateSha256, Instant at) implements LogEntry {
        public enum Kind {
            ISSUED, SUSPENDED, REINSTATED, REVOKED;

            public String type() {
                return "certificate-" + name().toLowerCase(Locale.ROOT);
            }
        }

        public CertificateEvent {
            requireId("certificateId", certificateId);
            requireHash("certificateSha256", certificateSha256);
        }

        @Override
        public byte[] encode() {
            ObjectNode n = ProofJson.object();
            n.put("type", kind.type());
            n.put("certificateId", certificateId);
            n.put("certificateSha256", certificateSha256);
            n.put("at", instant(at));
            return bytes(n);
        }
    }

    /** A sanction made public: {@code {"type":"sanction-published","sanctionId":…,"sanctionSha256":…,"at":…}}. */
    record SanctionPublished(String sanctionId, String sanctionSha256, Instant at) implements LogEntry {
        public SanctionPublished {
            requireId("sanctionId", sanctionId);
            requireHash("sanctionSha256", sanctionSha256);
        }

        @Override
        public byte[] encode() {
            ObjectNode n = ProofJson.object();
            n.put("type", "sanction-published");
            n.put("sanctionId", sanctionId);
            n.put("sanctionSha256", sanctionSha256);
            n.put("at", instant(at));
            return bytes(n);
        }
    }

    /**
     * A salted commitment to a consent event: {@code {"type":"consent-commitment","commitment":…,"at":…}}, the
     * commitment being hex SHA-256(salt ‖ the event's canonical bytes); only the holder of the salt can open it.
     */
    record ConsentCommitment(String commitment, Instant at) implements LogEntry {
        public ConsentCommitment {
            requireHash("commitment", commitment);
        }

        @Override
        public byte[] encode() {
            ObjectNode n = ProofJson.object();
            n.put("type", "consent-commitment");
            n.put("commitment", commitment);
            n.put("at", instant(at));
            return bytes(n);
        }
    }

    /** Reads an entry strictly, and only if it is in canonical form (re-encoding gives the same bytes). */
    static LogEntry parse(byte[] entry) {
        JsonNode n;
        try {
            n = ProofJson.MAPPER.readTree(new String(entry, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new TrustFormatException("", "a log entry is one JSON object");
        }
        if (n == null || !n.isObject() || !n.path("type").isString()) {
            throw new TrustFormatException("/type", "a log entry is a JSON object with a type");
        }
        String type = n.get("type").stringValue();
        LogEntry parsed;
        if (type.equals("sanction-published")) {
            parsed = new SanctionPublished(text(n, "sanctionId"), text(n, "sanctionSha256"), at(n));
        } else if (type.equals("consent-commitment")) {
            parsed = new ConsentCommitment(text(n, "commitment"), at(n));
        } else {
            CertificateEvent.Kind kind = null;
            for (CertificateEvent.Kind k : CertificateEvent.Kind.values()) {
                if (k.type().equals(type)) {
                    kind = k;
                }
            }
            if (kind == null) {
                throw new TrustFormatException("/type", "unknown entry type '" + type + "'");
            }
            parsed = new CertificateEvent(kind, text(n, "certificateId"), text(n, "certificateSha256"), at(n));
        }
        if (!java.util.Arrays.equals(parsed.encode(), entry)) {
            throw new TrustFormatException("", "the entry is not in canonical form (field order, spacing)");
        }
        return parsed;
    }

    /** ISO-8601 UTC, as {@link DateTimeFormatter#ISO_INSTANT} writes it. */
    static String instant(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at);
    }

    private static byte[] bytes(ObjectNode n) {
        return ProofJson.write(n).getBytes(StandardCharsets.UTF_8);
    }

    private static void requireId(String field, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new TrustFormatException("/" + field, "1 to 200 letters, digits or : . _ -");
        }
    }

    private static void requireHash(String field, String value) {
        if (value == null || !SHA256_HEX.matcher(value).matches()) {
            throw new TrustFormatException("/" + field, "a SHA-256 hash in 64 lower-case hex digits");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isString()) {
            throw new TrustFormatException("/" + field, "missing or not a string");
        }
        return v.stringValue();
    }

    private static Instant at(JsonNode n) {
        try {
            return Instant.parse(text(n, "at"));
        } catch (DateTimeParseException e) {
            throw new TrustFormatException("/at", "an ISO-8601 UTC instant like 2026-05-01T12:00:00Z");
        }
    }
}
