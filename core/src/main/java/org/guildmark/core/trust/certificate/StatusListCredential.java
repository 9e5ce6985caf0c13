package org.guildmark.core.trust.certificate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.guildmark.core.trust.TrustFormatException;
import org.guildmark.core.trust.status.StatusBitstring;
import org.guildmark.core.trust.status.StatusPurpose;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@code BitstringStatusListCredential} for one purpose, served at {@code id}. {@code ttl} tells verifiers how
 * long they may cache it (written in milliseconds, as the specification asks).
 */
public record StatusListCredential(String id, String issuer, Instant validFrom, Optional<Instant> validUntil,
        StatusPurpose purpose, StatusBitstring list, Duration ttl) {
    public static final String TYPE = "BitstringStatusListCredential";

    public StatusListCredential {
        validFrom = PayloadFields.seconds(validFrom);
        validUntil = validUntil.map(PayloadFields::seconds);
        list = list.copy();
    }

    @Override
    public StatusBitstring list() {
        return list.copy();
    }

    /** The bits themselves, for reading only: the verifier reads one bit and need not copy 16 KiB for it. */
    StatusBitstring bits() {
        return list;
    }

    public ObjectNode toPayload() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.putArray("@context").add(ProductionCertificate.VC_CONTEXT);
        n.put("id", id);
        n.putArray("type").add("VerifiableCredential").add(TYPE);
        n.put("issuer", issuer);
        n.put("validFrom", PayloadFields.format(validFrom));
        validUntil.ifPresent(u -> n.put("validUntil", PayloadFields.format(u)));
        ObjectNode subject = n.putObject("credentialSubject");
        subject.put("id", id + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", purpose.wire());
        subject.put("encodedList", list.encode());
        subject.put("ttl", ttl.toMillis());
        return n;
    }

    public static StatusListCredential fromPayload(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new TrustFormatException("", "the payload is a JSON object");
        }
        List<String> type = PayloadFields.strings(n, "type", "/type");
        if (!type.contains("VerifiableCredential") || !type.contains(TYPE)) {
            throw new TrustFormatException("/type", "a status list has the types VerifiableCredential and " + TYPE);
        }
        JsonNode subject = PayloadFields.object(n, "credentialSubject", "/credentialSubject");
        if (!"BitstringStatusList".equals(subject.path("type").asString(""))) {
            throw new TrustFormatException("/credentialSubject/type", "must be BitstringStatusList");
        }
        String purpose = PayloadFields.string(subject, "statusPurpose", "/credentialSubject/statusPurpose");
        StatusPurpose p = StatusPurpose.fromWire(purpose).orElseThrow(() -> new TrustFormatException(
                "/credentialSubject/statusPurpose", "'" + purpose + "' is neither revocation nor suspension"));
        StatusBitstring list;
        try {
            list = StatusBitstring.decode(PayloadFields.string(subject, "encodedList",
                    "/credentialSubject/encodedList"));
        } catch (TrustFormatException e) {
            throw new TrustFormatException("/credentialSubject/encodedList", e.getMessage());
        }
        JsonNode ttl = subject.get("ttl");
        Duration t = ttl != null && ttl.isIntegralNumber() && ttl.canConvertToLong() && ttl.longValue() >= 0
                ? Duration.ofMillis(ttl.longValue()) : Duration.ZERO;
        Optional<Instant> until = n.has("validUntil")
                ? Optional.of(PayloadFields.instant(n, "validUntil", "/validUntil")) : Optional.empty();
        return new StatusListCredential(PayloadFields.string(n, "id", "/id"), PayloadFields.string(n, "issuer",
                "/issuer"), PayloadFields.instant(n, "validFrom", "/validFrom"), until, p, list, t);
    }
}
