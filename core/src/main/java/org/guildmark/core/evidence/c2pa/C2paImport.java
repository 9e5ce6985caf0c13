package org.guildmark.core.evidence.c2pa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.guildmark.core.dossier.Enums.AiUse;
import org.guildmark.core.dossier.Wire;
import org.guildmark.core.read.DidYouMean;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes what a C2PA manifest records into one asset of a dossier tree: {@code ai.use}, {@code ai.tools} (adding
 * tools missing from {@code aiTools}) and {@code ai.c2pa}. A declared use stronger than the manifest's is kept:
 * the manifest proves AI at work, it cannot prove its absence.
 */
public final class C2paImport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What was changed, one line each with its JSON pointer; or why nothing was. */
    public record Result(List<String> changes, String refusal) {
        static Result refused(String why) {
            return new Result(List.of(), why);
        }

        public boolean refused() {
            return refusal != null;
        }
    }

    private C2paImport() {
    }

    /**
     * Imports {@code evidence} into the asset {@code assetId} of {@code dossier}, naming the manifest by
     * {@code manifestPath} (relative to the dossier). On refusal the tree is unchanged.
     */
    public static Result apply(ObjectNode dossier, String assetId, C2paEvidence evidence, String manifestPath) {
        JsonNode assets = dossier.get("assets");
        if (assets == null || !assets.isArray()) {
            return Result.refused("the dossier has no list of assets");
        }
        int index = indexOf((ArrayNode) assets, assetId);
        if (index < 0) {
            List<String> ids = assets.valueStream().map(a -> a.path("id").asString("")).toList();
            return Result.refused("no asset '" + assetId + "' in /assets" + DidYouMean.hint(assetId, ids));
        }
        String pointer = "/assets/" + index;
        ObjectNode asset = (ObjectNode) assets.get(index);
        JsonNode existing = asset.get("ai");
        if (existing != null && !existing.isObject()) {
            return Result.refused(pointer + "/ai is not a mapping; correct it first");
        }
        JsonNode declaredNode = existing == null ? null : existing.get("use");
        Optional<AiUse> declared = declaredNode == null ? Optional.empty() : use(declaredNode.asString(""));
        if (declaredNode != null && declared.isEmpty()) {
            return Result.refused(pointer + "/ai/use '" + declaredNode.asString("") + "' is not an AI use; correct it "
                    + "first (" + String.join(", ", Wire.codes(AiUse.class)) + ")");
        }
        Optional<AiUse> recorded = evidence.aiUse();
        if (recorded.isEmpty() && declared.isEmpty()) {
            return Result.refused("the manifest names no digital source type, so it does not say how AI was used; "
                    + "set " + pointer + "/ai/use yourself");
        }
        JsonNode aiTools = dossier.get("aiTools");
        if (aiTools != null && !aiTools.isArray()) {
            return Result.refused("/aiTools is not a list; correct it first");
        }
        JsonNode tools = existing == null ? null : existing.get("tools");
        if (tools != null && !tools.isArray()) {
            return Result.refused(pointer + "/ai/tools is not a list; correct it first");
        }

        List<String> changes = new ArrayList<>();
        ObjectNode ai = existing == null ? NODES.objectNode() : (ObjectNode) existing;
        if (existing == null) {
            insert(asset, "ai", ai, List.of("oversight", "likeness", "labels"));
        }
        changes.add(use(ai, pointer, declared, recorded, evidence));
        addTools(dossier, ai, pointer, evidence, changes);
        String before = ai.path("c2pa").asString(null);
        ai.put("c2pa", manifestPath);
        changes.add(pointer + "/ai/c2pa: " + manifestPath + (before == null || before.equals(manifestPath) ? ""
                : " (was " + before + ")"));
        return new Result(changes, null);
    }

    private static String use(ObjectNode ai, String pointer, Optional<AiUse> declared, Optional<AiUse> recorded,
            C2paEvidence evidence) {
        String at = pointer + "/ai/use: ";
        if (recorded.isEmpty()) {
            return at + Wire.code(declared.get()) + ", kept (the manifest names no digital source type)";
        }
        String because = "the manifest records " + recorded.map(u -> evidence.sourceTypes().stream()
                .filter(t -> t.aiUse().equals(Optional.of(u))).map(SourceType::term)
                .collect(Collectors.joining(", "))).get();
        if (declared.isPresent() && declared.get().compareTo(recorded.get()) >= 0) {
            return at + Wire.code(declared.get()) + ", kept (" + because + ")";
        }
        if (ai.has("use")) {
            ai.put("use", Wire.code(recorded.get()));
        } else {
            insert(ai, "use", NODES.stringNode(Wire.code(recorded.get())), List.copyOf(ai.propertyNames()));
        }
        return at + declared.map(d -> Wire.code(d) + " → ").orElse("") + Wire.code(recorded.get()) + " (" + because
                + ")";
    }

    /** The tools that made the asset's AI output, found in aiTools by id or name, added when missing. */
    private static void addTools(ObjectNode dossier, ObjectNode ai, String pointer, C2paEvidence evidence,
            List<String> changes) {
        List<SoftwareAgent> agents = evidence.aiAgents();
        if (agents.isEmpty()) {
            return;
        }
        ArrayNode aiTools = dossier.has("aiTools") ? (ArrayNode) dossier.get("aiTools") : NODES.arrayNode();
        if (!dossier.has("aiTools")) {
            insert(dossier, "aiTools", aiTools, List.of("assets", "consents", "displacements", "revenueShare",
                    "claims", "disclosure", "attestations"));
        }
        ArrayNode tools = ai.has("tools") ? (ArrayNode) ai.get("tools") : ai.putArray("tools");
        for (SoftwareAgent agent : agents) {
            String id = toolFor(aiTools, agent).orElseGet(() -> {
                String newId = slug(agent.name());
                ObjectNode tool = aiTools.addObject().put("id", newId).put("name", agent.name());
                if (agent.version() != null) {
                    tool.put("version", agent.version());
                }
                if (evidence.trainedAgents().contains(agent)) {
                    tool.put("kind", "generative");
                }
                changes.add("/aiTools/" + (aiTools.size() - 1) + ": added '" + newId + "' (" + agent
                        + "); give its vendor, purposes and training data (clause 4.2)");
                return newId;
            });
            if (tools.valueStream().noneMatch(t -> t.asString("").equals(id))) {
                tools.add(id);
                changes.add(pointer + "/ai/tools: added " + id);
            }
        }
    }

    private static Optional<String> toolFor(ArrayNode aiTools, SoftwareAgent agent) {
        String slug = slug(agent.name());
        return aiTools.valueStream()
                .filter(t -> t.path("id").asString("").equals(slug)
                        || t.path("name").asString("").equalsIgnoreCase(agent.name()))
                .map(t -> t.path("id").asString(""))
                .filter(id -> !id.isEmpty())
                .findFirst();
    }

    /** A tool id from its name: lower case, words joined by hyphens ("Plate Gen" → "plate-gen"). */
    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "tool" : slug;
    }

    private static int indexOf(ArrayNode assets, String id) {
        for (int i = 0; i < assets.size(); i++) {
            if (assets.get(i).isObject() && id.equals(assets.get(i).path("id").asString(null))) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<AiUse> use(String code) {
        for (AiUse use : AiUse.values()) {
            if (Wire.code(use).equals(code)) {
                return Optional.of(use);
            }
        }
        return Optional.empty();
    }

    /** Puts {@code key} before the first of {@code before} the object has, else last, keeping the others' order. */
    private static void insert(ObjectNode object, String key, JsonNode value, List<String> before) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(object.properties());
        object.removeAll();
        boolean placed = false;
        for (Map.Entry<String, JsonNode> entry : entries) {
            if (!placed && before.contains(entry.getKey())) {
                object.set(key, value);
                placed = true;
            }
            object.set(entry.getKey(), entry.getValue());
        }
        if (!placed) {
            object.set(key, value);
        }
    }
}
