package org.guildmark.core.trust.certificate;

import org.guildmark.core.trust.TrustFormatException;
import org.guildmark.core.trust.status.StatusPurpose;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A {@code BitstringStatusListEntry}: the certificate's bit {@code index} in the list at {@code listUrl}. */
public record StatusEntry(StatusPurpose purpose, long index, String listUrl) {
    public StatusEntry {
        if (index < 0) {
            throw new IllegalArgumentException("a status list index is not negative");
        }
    }

    ObjectNode toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("type", "BitstringStatusListEntry");
        n.put("statusPurpose", purpose.wire());
        // The specification writes the index as a string of digits.
        n.put("statusListIndex", Long.toString(index));
        n.put("statusListCredential", listUrl);
        return n;
    }

    static StatusEntry fromJson(JsonNode n, String pointer) {
        if (!n.isObject() || !"BitstringStatusListEntry".equals(n.path("type").asString(""))) {
            throw new TrustFormatException(pointer + "/type", "a status entry has type BitstringStatusListEntry");
        }
        String purpose = PayloadFields.string(n, "statusPurpose", pointer + "/statusPurpose");
        StatusPurpose p = StatusPurpose.fromWire(purpose).orElseThrow(() -> new TrustFormatException(
                pointer + "/statusPurpose", "'" + purpose + "' is neither revocation nor suspension"));
        String index = PayloadFields.string(n, "statusListIndex", pointer + "/statusListIndex");
        if (!index.matches("0|[1-9][0-9]{0,17}")) {
            throw new TrustFormatException(pointer + "/statusListIndex", "a string of decimal digits");
        }
        return new StatusEntry(p, Long.parseLong(index),
                PayloadFields.string(n, "statusListCredential", pointer + "/statusListCredential"));
    }
}
