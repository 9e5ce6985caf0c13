package org.guildmark.core.evidence.c2pa;

import static org.guildmark.core.evidence.c2pa.C2paReader.absent;
import static org.guildmark.core.evidence.c2pa.C2paReader.escape;
import static org.guildmark.core.evidence.c2pa.C2paReader.kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Reads a manifest's assertions: {@code c2pa.actions} (v1 and v2) and the training and data-mining assertion
 * ({@code cawg.training-mining}, and {@code c2pa.training-mining} of C2PA 1.x). Other assertions are not evidence
 * of AI use and are passed over.
 */
final class Assertions {
    /** A label with an optional version ({@code .v2}) and instance ({@code __1}) suffix. */
    private static final Pattern LABEL = Pattern.compile(
            "(c2pa\\.actions|c2pa\\.training-mining|cawg\\.training-mining)(?:\\.v(\\d+))?(?:__\\d+)?");
    /** Most restrictive last: a use given twice keeps the stricter one. */
    private static final List<String> USES = List.of("allowed", "constrained", "notAllowed");

    private final BiConsumer<String, String> problems;
    private final List<C2paAction> actions = new ArrayList<>();
    private final Map<String, String> permissions = new LinkedHashMap<>();
    private final Set<String> notes = new LinkedHashSet<>();
    private boolean actionsSeen;

    Assertions(BiConsumer<String, String> problems) {
        this.problems = problems;
    }

    List<C2paAction> actions() {
        return actions;
    }

    Map<String, String> trainingPermissions() {
        return permissions;
    }

    /** Notes on what the assertions mean, once everything was read. */
    List<String> notes() {
        List<String> out = new ArrayList<>(notes);
        if (!actionsSeen) {
            out.add("no actions assertion: the manifest does not say how the asset was made");
        } else if (actions.stream().noneMatch(a -> a.sourceType() != null)) {
            out.add("no action names a digital source type: the manifest does not say whether AI made the asset");
        }
        return out;
    }

    void read(JsonNode assertions, String pointer) {
        if (!assertions.isArray()) {
            problems.accept(pointer, "expected a list of assertions, found " + kind(assertions));
            return;
        }
        for (int i = 0; i < assertions.size(); i++) {
            assertion(assertions.get(i), pointer + "/" + i);
        }
    }

    private void assertion(JsonNode assertion, String pointer) {
        JsonNode label = assertion.get("label");
        if (!assertion.isObject() || absent(label) || !label.isString()) {
            problems.accept(pointer, "expected an assertion {label, data}, found " + (assertion.isObject()
                    ? "no label" : kind(assertion)));
            return;
        }
        Matcher m = LABEL.matcher(label.stringValue());
        if (!m.matches()) {
            return;
        }
        boolean actionsLabel = m.group(1).equals("c2pa.actions");
        int version = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        if (version > (actionsLabel ? 2 : 1)) {
            problems.accept(pointer + "/label", "'" + label.stringValue() + "' is a version Guildmark does not "
                    + "know; it was read as the latest version it knows");
        }
        JsonNode data = assertion.get("data");
        if (absent(data) || !data.isObject()) {
            problems.accept(pointer + "/data", "expected the assertion's data (a map), found " + kind(data));
            return;
        }
        if (actionsLabel) {
            actionsSeen = true;
            actions(data, pointer + "/data");
        } else {
            entries(data.get("entries"), pointer + "/data/entries");
        }
    }

    private void actions(JsonNode data, String pointer) {
        Map<String, C2paAction> templates = new HashMap<>();
        JsonNode templateList = data.get("templates");
        if (!absent(templateList)) {
            for (C2paAction template : list(templateList, pointer + "/templates")) {
                templates.putIfAbsent(template.action(), template);
            }
        }
        JsonNode list = data.get("actions");
        if (absent(list)) {
            problems.accept(pointer + "/actions", "missing: an actions assertion lists its actions");
            return;
        }
        for (C2paAction action : list(list, pointer + "/actions")) {
            C2paAction template = templates.get(action.action());
            if (template != null) {
                action = new C2paAction(action.action(),
                        action.sourceType() != null ? action.sourceType() : template.sourceType(),
                        action.softwareAgent() != null ? action.softwareAgent() : template.softwareAgent(),
                        action.pointer());
            }
            actions.add(action);
        }
    }

    private List<C2paAction> list(JsonNode list, String pointer) {
        if (!list.isArray()) {
            problems.accept(pointer, "expected a list of actions, found " + kind(list));
            return List.of();
        }
        List<C2paAction> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode action = list.get(i);
            String at = pointer + "/" + i;
            if (!action.isObject()) {
                problems.accept(at, "expected an action {action, digitalSourceType, softwareAgent}, found "
                        + kind(action));
                continue;
            }
            JsonNode name = action.get("action");
            if (absent(name) || !name.isString()) {
                problems.accept(at + "/action", "expected the action's name (e.g. c2pa.created), found "
                        + kind(name));
            }
            out.add(new C2paAction(name != null && name.isString() ? name.stringValue() : null,
                    sourceType(action.get("digitalSourceType"), at + "/digitalSourceType"),
                    agent(action.get("softwareAgent"), at + "/softwareAgent"), at));
        }
        return out;
    }

    private SourceType sourceType(JsonNode value, String pointer) {
        if (absent(value) || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.accept(pointer, "expected an IPTC digital source type URI, found " + kind(value));
            return null;
        }
        SourceType type = SourceType.parse(value.stringValue()).orElse(null);
        if (type == null) {
            problems.accept(pointer, "'" + value.stringValue() + "' is not an IPTC digital source type (expected "
                    + SourceType.IPTC + "TERM)");
        } else if (!type.known()) {
            problems.accept(pointer, "'" + type.term() + "' is not a digital source type Guildmark knows; "
                    + "the asset's AI use cannot be told from it");
        } else if (type.term().equals("algorithmicMedia")) {
            notes.add("algorithmicMedia is non-trained algorithmic media, made without a trained model: "
                    + "not counted as generative AI");
        } else if (type.term().equals("compositeSynthetic")) {
            notes.add("compositeSynthetic has synthetic elements, not necessarily from a trained model: "
                    + "not counted as generative AI; check whether any came from one");
        }
        return type;
    }

    private SoftwareAgent agent(JsonNode value, String pointer) {
        if (absent(value) || value.isNull()) {
            return null;
        }
        if (value.isString() && !value.stringValue().isBlank()) {
            return SoftwareAgent.parse(value.stringValue());
        }
        JsonNode name = value.isObject() ? value.get("name") : null;
        if (name == null || !name.isString() || name.stringValue().isBlank()) {
            problems.accept(pointer, "expected the software's name, as text or {name, version}, found "
                    + (value.isObject() ? "no name" : kind(value)));
            return null;
        }
        JsonNode version = value.get("version");
        boolean hasVersion = version != null && (version.isString() || version.isNumber());
        return new SoftwareAgent(name.stringValue().strip(), hasVersion ? version.asString() : null);
    }

    private void entries(JsonNode entries, String pointer) {
        if (absent(entries) || !entries.isObject()) {
            problems.accept(pointer, "expected the training and data-mining entries (a map), found " + kind(entries));
            return;
        }
        for (Map.Entry<String, JsonNode> entry : entries.properties()) {
            String at = pointer + "/" + escape(entry.getKey());
            JsonNode use = entry.getValue().get("use");
            if (use == null || !use.isString() || !USES.contains(use.stringValue())) {
                problems.accept(at + "/use", "expected allowed, notAllowed or constrained, found "
                        + (use != null && use.isString() ? "'" + use.stringValue() + "'" : kind(use)));
                continue;
            }
            permissions.merge(entry.getKey(), use.stringValue(),
                    (a, b) -> USES.indexOf(a) >= USES.indexOf(b) ? a : b);
            JsonNode info = entry.getValue().get("constraint_info");
            if (use.stringValue().equals("constrained") && info != null && info.isString()) {
                notes.add(entry.getKey() + " is constrained: " + info.stringValue());
            }
        }
    }
}
