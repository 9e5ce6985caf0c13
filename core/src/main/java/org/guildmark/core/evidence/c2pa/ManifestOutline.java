package org.guildmark.core.evidence.c2pa;

import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads only the parts of a c2patool report the evidence is made of (titles, assertion labels, actions, training
 * entries) into a tree; thumbnails, hashes, signatures, parameters and any embedded binary data are skipped by the
 * parser without being loaded. A value of the wrong kind is kept as an empty container of its kind, so the
 * reader can still say what it found.
 */
final class ManifestOutline {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What to keep of a value: named fields, any field, or each element; a part with none keeps only scalars. */
    private record Part(Map<String, Part> fields, Part anyField, Part elements) {
        static Part fields(Map<String, Part> fields) {
            return new Part(fields, null, null);
        }

        static Part anyField(Part part) {
            return new Part(Map.of(), part, null);
        }

        static Part elements(Part part) {
            return new Part(Map.of(), null, part);
        }
    }

    private static final Part SCALAR = new Part(Map.of(), null, null);
    private static final Part ACTION = Part.fields(Map.of("action", SCALAR, "digitalSourceType", SCALAR,
            "softwareAgent", Part.fields(Map.of("name", SCALAR, "version", SCALAR))));
    private static final Part ASSERTION = Part.fields(Map.of("label", SCALAR, "data", Part.fields(Map.of(
            "actions", Part.elements(ACTION),
            "templates", Part.elements(ACTION),
            "entries", Part.anyField(Part.fields(Map.of("use", SCALAR, "constraint_info", SCALAR)))))));
    private static final Part MANIFEST = Part.fields(Map.of("title", SCALAR,
            "assertions", Part.elements(ASSERTION),
            "ingredients", Part.elements(Part.fields(Map.of("title", SCALAR, "active_manifest", SCALAR)))));
    static final Part REPORT = Part.fields(Map.of("$schema", SCALAR, "title", SCALAR, "active_manifest", SCALAR,
            "validation_state", SCALAR, "manifests", Part.anyField(MANIFEST), "assertions", Part.elements(ASSERTION)));

    /** The outline of the value at the parser's current token; keys given twice are added to {@code twice}. */
    static JsonNode read(JsonParser p, List<String> twice) {
        return value(p, REPORT, "", twice);
    }

    private static JsonNode value(JsonParser p, Part part, String pointer, List<String> twice) {
        JsonToken token = p.currentToken();
        return switch (token) {
            case START_OBJECT -> object(p, part, pointer, twice);
            case START_ARRAY -> array(p, part, pointer, twice);
            case VALUE_STRING -> NODES.stringNode(p.getString());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            default -> NODES.nullNode();
        };
    }

    private static ObjectNode object(JsonParser p, Part part, String pointer, List<String> twice) {
        ObjectNode node = NODES.objectNode();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            Part child = part.fields().getOrDefault(name, part.anyField());
            if (child == null) {
                p.skipChildren();
                continue;
            }
            String at = pointer + "/" + C2paReader.escape(name);
            JsonNode value = value(p, child, at, twice);
            if (node.has(name)) {
                twice.add(at);
            } else {
                node.set(name, value);
            }
        }
        return node;
    }

    private static ArrayNode array(JsonParser p, Part part, String pointer, List<String> twice) {
        ArrayNode node = NODES.arrayNode();
        if (part.elements() == null) {
            p.skipChildren();
            return node;
        }
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            node.add(value(p, part.elements(), pointer + "/" + index++, twice));
        }
        return node;
    }
}
