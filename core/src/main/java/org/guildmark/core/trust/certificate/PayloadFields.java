package org.guildmark.core.trust.certificate;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.guildmark.core.trust.TrustFormatException;

import tools.jackson.databind.JsonNode;

/** Strict reads of credential payload fields; every failure names its JSON pointer. */
final class PayloadFields {
    private PayloadFields() {
    }

    static JsonNode object(JsonNode parent, String field, String pointer) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isObject()) {
            throw new TrustFormatException(pointer, "missing or not an object");
        }
        return n;
    }

    static String string(JsonNode parent, String field, String pointer) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isString() || n.stringValue().isBlank()) {
            throw new TrustFormatException(pointer, "missing or not a non-empty string");
        }
        return n.stringValue();
    }

    static List<String> strings(JsonNode parent, String field, String pointer) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isArray()) {
            throw new TrustFormatException(pointer, "missing or not an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isString()) {
                throw new TrustFormatException(pointer + "/" + i, "not a string");
            }
            out.add(n.get(i).stringValue());
        }
        return out;
    }

    static Instant instant(JsonNode parent, String field, String pointer) {
        String s = string(parent, field, pointer);
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new TrustFormatException(pointer, "not an ISO-8601 UTC date-time like 2026-05-01T12:00:00Z");
        }
    }

    static int integer(JsonNode parent, String field, String pointer) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new TrustFormatException(pointer, "missing or not an integer");
        }
        return n.intValue();
    }

    /** Instants in credentials are whole seconds, so payloads and log entries print them one way. */
    static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
