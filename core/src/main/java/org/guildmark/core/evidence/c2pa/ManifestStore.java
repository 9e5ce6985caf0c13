package org.guildmark.core.evidence.c2pa;

import static org.guildmark.core.evidence.c2pa.C2paReader.absent;
import static org.guildmark.core.evidence.c2pa.C2paReader.escape;
import static org.guildmark.core.evidence.c2pa.C2paReader.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guildmark.core.read.Problem;

import tools.jackson.databind.JsonNode;

/** Finds the manifest a c2patool report is about and reads its assertions into evidence. */
final class ManifestStore {
    private final String source;
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    ManifestStore(String source) {
        this.source = source;
    }

    void problem(String pointer, String message) {
        problems.add(new Problem(source, pointer, message));
    }

    C2paEvidence read(JsonNode root) {
        Assertions assertions = new Assertions(this::problem);
        String title = null;
        if (!root.isObject()) {
            problem("", "a c2patool report is a JSON object, found " + kind(root));
        } else if (!absent(root.get("manifests"))) {
            title = activeManifest(root, assertions);
        } else if (!absent(root.get("assertions"))) {
            title = text(root, "title", "");
            assertions.read(root.get("assertions"), "/assertions");
        } else if (!absent(root.get("$schema"))) {
            problem("", "this is a JSON Schema, not a manifest; give the report c2patool prints for the asset "
                    + "(with 'manifests' and 'active_manifest') or a manifest definition (with 'assertions')");
        } else {
            problem("", "neither a c2patool manifest report (no 'manifests') nor a manifest definition "
                    + "(no 'assertions')");
        }
        if (root.isObject() && "Invalid".equals(root.path("validation_state").asString(""))) {
            notes.add("c2patool reports the manifest as Invalid: its signature or hashes did not validate, so it "
                    + "may not be what its signer wrote");
        }
        notes.addAll(assertions.notes());
        return new C2paEvidence(source, title, assertions.actions(), assertions.trainingPermissions(), notes,
                problems);
    }

    /** Reads the active manifest, or the only one; returns its title. */
    private String activeManifest(JsonNode root, Assertions assertions) {
        JsonNode manifests = root.get("manifests");
        if (!manifests.isObject()) {
            problem("/manifests", "expected a map of manifests by label, found " + kind(manifests));
            return null;
        }
        JsonNode active = root.get("active_manifest");
        String label = null;
        if (!absent(active) && !active.isString()) {
            problem("/active_manifest", "expected the label of a manifest, found " + kind(active));
        } else if (!absent(active)) {
            label = active.stringValue();
            if (!manifests.has(label)) {
                problem("/active_manifest", "names '" + label + "', which is not in /manifests");
                label = null;
            }
        }
        if (label == null && manifests.size() == 1) {
            label = manifests.propertyNames().iterator().next();
        }
        if (label == null) {
            problem(absent(active) ? "/active_manifest" : "/manifests", manifests.isEmpty()
                    ? "holds no manifest" : "no active manifest among " + manifests.size() + "; none was read");
            return null;
        }
        String pointer = "/manifests/" + escape(label);
        JsonNode manifest = manifests.get(label);
        if (!manifest.isObject()) {
            problem(pointer, "expected a manifest (a map), found " + kind(manifest));
            return null;
        }
        if (!absent(manifest.get("assertions"))) {
            assertions.read(manifest.get("assertions"), pointer + "/assertions");
        }
        noteTrainedIngredients(manifests, label, assertions);
        return text(manifest, "title", pointer);
    }

    /**
     * Ingredients carry their own manifests. Only the active one speaks for the asset, but an ingredient made by
     * a trained model is worth a reader's attention when the active manifest does not record one.
     */
    private void noteTrainedIngredients(JsonNode manifests, String active, Assertions assertions) {
        if (assertions.actions().stream().anyMatch(a -> a.sourceType() != null && a.sourceType().trained())) {
            return;
        }
        for (Map.Entry<String, JsonNode> other : manifests.properties()) {
            if (other.getKey().equals(active) || !other.getValue().isObject()) {
                continue;
            }
            Assertions ingredient = new Assertions((pointer, message) -> { });
            ingredient.read(other.getValue().path("assertions"), "");
            ingredient.actions().stream().map(C2paAction::sourceType)
                    .filter(t -> t != null && t.trained()).findFirst()
                    .ifPresent(t -> notes.add("the ingredient manifest '" + other.getKey() + "'"
                            + titled(other.getValue()) + " records " + t.meaning() + " (" + t.term()
                            + "); the active manifest does not"));
        }
    }

    private static String titled(JsonNode manifest) {
        JsonNode title = manifest.get("title");
        return title != null && title.isString() ? " (" + title.stringValue() + ")" : "";
    }

    private String text(JsonNode object, String field, String pointer) {
        JsonNode value = object.get(field);
        if (absent(value) || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problem(pointer + "/" + field, "expected text, found " + kind(value));
            return null;
        }
        return value.stringValue();
    }
}
