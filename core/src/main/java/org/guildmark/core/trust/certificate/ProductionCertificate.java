package org.guildmark.core.trust.certificate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.guildmark.core.trust.TrustFormatException;
import org.guildmark.core.trust.status.StatusPurpose;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Guildmark production certificate: a W3C Verifiable Credential 2.0 whose payload (no {@code vc} wrapper) is
 * exactly the shape of the design's trust contract. Instants are kept to whole seconds.
 */
public record ProductionCertificate(String id, String issuer, Instant validFrom, Instant validUntil,
        CertificateSubject subject, List<StatusEntry> status) {
    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    /** Guildmark's JSON-LD context for the certificate's terms, served by the issuer's site. */
    public static final String GUILDMARK_CONTEXT = "https://guildmark.org/ns/certificate/v1";
    public static final String TYPE = "ProductionCertificate";

    public ProductionCertificate {
        validFrom = PayloadFields.seconds(validFrom);
        validUntil = PayloadFields.seconds(validUntil);
        if (!validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("a certificate's validUntil comes after its validFrom");
        }
        status = List.copyOf(status);
    }

    public Optional<StatusEntry> statusEntry(StatusPurpose purpose) {
        return status.stream().filter(s -> s.purpose() == purpose).findFirst();
    }

    public ObjectNode toPayload() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode n = f.objectNode();
        n.putArray("@context").add(VC_CONTEXT).add(GUILDMARK_CONTEXT);
        n.putArray("type").add("VerifiableCredential").add(TYPE);
        n.put("id", id);
        n.put("issuer", issuer);
        n.put("validFrom", PayloadFields.format(validFrom));
        n.put("validUntil", PayloadFields.format(validUntil));
        n.set("credentialSubject", subject.toJson());
        ArrayNode entries = n.putArray("credentialStatus");
        status.forEach(s -> entries.add(s.toJson()));
        return n;
    }

    /** Reads a certificate payload strictly; a {@link TrustFormatException} carries the JSON pointer at fault. */
    public static ProductionCertificate fromPayload(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new TrustFormatException("", "the payload is a JSON object");
        }
        List<String> context = PayloadFields.strings(n, "@context", "/@context");
        if (context.isEmpty() || !context.get(0).equals(VC_CONTEXT)) {
            throw new TrustFormatException("/@context/0", "a VC 2.0 credential's first context is " + VC_CONTEXT);
        }
        List<String> type = PayloadFields.strings(n, "type", "/type");
        if (!type.contains("VerifiableCredential") || !type.contains(TYPE)) {
            throw new TrustFormatException("/type", "a certificate has the types VerifiableCredential and " + TYPE);
        }
        JsonNode statusNode = n.get("credentialStatus");
        List<StatusEntry> status = new ArrayList<>();
        if (statusNode != null) {
            if (!statusNode.isArray()) {
                throw new TrustFormatException("/credentialStatus", "an array of status entries");
            }
            for (int i = 0; i < statusNode.size(); i++) {
                status.add(StatusEntry.fromJson(statusNode.get(i), "/credentialStatus/" + i));
            }
        }
        Instant from = PayloadFields.instant(n, "validFrom", "/validFrom");
        Instant until = PayloadFields.instant(n, "validUntil", "/validUntil");
        if (!until.isAfter(from)) {
            throw new TrustFormatException("/validUntil", "comes after validFrom");
        }
        return new ProductionCertificate(PayloadFields.string(n, "id", "/id"),
                PayloadFields.string(n, "issuer", "/issuer"), from, until,
                CertificateSubject.fromJson(PayloadFields.object(n, "credentialSubject", "/credentialSubject")),
                status);
    }
}
