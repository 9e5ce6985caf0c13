package org.guildmark.core.trust.log;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.guildmark.core.trust.TrustFormatException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes the proof JSON of the log endpoints, strictly: exact fields, sizes as integers, 32-byte hashes. */
final class ProofJson {
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ProofJson() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static void putHashes(ObjectNode node, List<byte[]> hashes) {
        ArrayNode array = node.putArray("hashes");
        hashes.forEach(h -> array.add(Base64.getEncoder().encodeToString(h)));
    }

    static JsonNode read(String json, Set<String> fields) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new TrustFormatException("", "not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new TrustFormatException("", "a proof is a JSON object with the fields " + fields);
        }
        for (Iterator<String> names = root.propertyNames().iterator(); names.hasNext();) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new TrustFormatException("/" + name, "unknown field; a proof has only " + fields);
            }
        }
        for (String field : fields) {
            if (!root.has(field)) {
                throw new TrustFormatException("/" + field, "missing");
            }
        }
        return root;
    }

    static long size(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (!n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < 0) {
            throw new TrustFormatException("/" + field, "must be a non-negative integer");
        }
        return n.longValue();
    }

    static List<byte[]> hashes(JsonNode root) {
        JsonNode n = root.get("hashes");
        if (!n.isArray()) {
            throw new TrustFormatException("/hashes", "must be an array of base64 hashes");
        }
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode h = n.get(i);
            byte[] bytes;
            try {
                bytes = h.isString() ? Base64.getDecoder().decode(h.stringValue()) : null;
            } catch (IllegalArgumentException e) {
                bytes = null;
            }
            if (bytes == null || bytes.length != MerkleHashing.HASH_LENGTH) {
                throw new TrustFormatException("/hashes/" + i, "must be a 32-byte hash in standard base64");
            }
            out.add(bytes);
        }
        return out;
    }

    static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }
}
