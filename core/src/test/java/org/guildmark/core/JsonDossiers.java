package org.guildmark.core;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes varied JSON dossiers for comparing ways of reading them: the header of {@link Dossiers#BASE} and a list
 * of assets with AI use, approvers, likenesses and labels drawn at random, laid out minified or one per line, and
 * on request with flawed values, duplicate ids, a syntax error, sections after the assets, and text that looks
 * like an element boundary.
 */
public final class JsonDossiers {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * @param flaws      chance that an asset has a bad value, an unknown field or a dangling reference
     * @param duplicates chance that an asset reuses an earlier asset's id
     */
    public record Shape(long seed, int assets, boolean minified, boolean crlf, boolean sectionsAfter,
            boolean documentary, double flaws, double duplicates, boolean syntaxError) {
    }

    private JsonDossiers() {
    }

    public static String write(Shape shape) {
        Random random = new Random(shape.seed());
        String nl = shape.minified() ? "" : shape.crlf() ? "\r\n" : "\n";
        ObjectNode header = (ObjectNode) YAMLMapper.builder().build().readTree(Dossiers.BASE);
        header.remove("assets");
        if (shape.documentary()) {
            ((ObjectNode) header.get("production")).put("type", "documentary");
        }
        List<String> after = shape.sectionsAfter() ? List.of("claims", "disclosure", "attestations") : List.of();
        StringBuilder out = new StringBuilder("{").append(nl);
        boolean firstField = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = header.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!after.contains(field.getKey())) {
                out.append(firstField ? "" : "," + nl).append(JSON.writeValueAsString(field.getKey())).append(':')
                        .append(JSON.writeValueAsString(field.getValue()));
                firstField = false;
            }
        }
        out.append(',').append(nl).append("\"assets\":[").append(nl);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < shape.assets(); i++) {
            if (i > 0) {
                out.append(',').append(shape.minified() ? "" : random.nextInt(8) == 0 ? "  " + nl + "  " : nl);
            }
            String id = !ids.isEmpty() && random.nextDouble() < shape.duplicates() ? ids.get(random.nextInt(ids.size()))
                    : (random.nextInt(10) == 0 ? "zoë-" : "a") + i;
            ids.add(id);
            out.append(asset(id, random, shape.flaws()));
        }
        out.append(nl).append(']');
        for (String name : after) {
            JsonNode value = header.get(name);
            String text = JSON.writeValueAsString(value);
            if (name.equals("disclosure") && shape.flaws() > 0 && random.nextBoolean()) {
                text = "{\"declaredAdl\":2,\"colour\":\"blue\"}"; // a problem to be located after the assets
            }
            out.append(',').append(nl).append(JSON.writeValueAsString(name)).append(':').append(text);
        }
        out.append(nl).append('}').append(nl);
        String text = out.toString();
        if (shape.syntaxError()) {
            int at = text.length() / 3 + random.nextInt(Math.max(1, text.length() * 2 / 3 - 2));
            text = random.nextBoolean() ? text.substring(0, at) + "#" + text.substring(at + 1) : text.substring(0, at);
        }
        return text;
    }

    private static String asset(String id, Random random, double flaws) {
        StringBuilder b = new StringBuilder("{\"id\":").append(JSON.writeValueAsString(id));
        String[] kinds = {"shot", "shot", "dialogue", "sound", "music", "script", "graphics"};
        String kind = kinds[random.nextInt(kinds.length)];
        boolean flawed = random.nextDouble() < flaws;
        int flaw = flawed ? random.nextInt(5) : -1;
        b.append(",\"kind\":\"").append(flaw == 0 ? "shott" : kind).append('"');
        String[] departments = {"camera", "vfx", "sound", "cam,{era", "Zoë's unit", "vfx, {\"x\":1}"};
        b.append(",\"department\":").append(JSON.writeValueAsString(departments[random.nextInt(departments.length)]));
        if (random.nextInt(6) > 0) {
            b.append(",\"seconds\":").append(flaw == 1 ? "-1" : (1 + random.nextInt(200)) / 10.0);
        }
        String use = null;
        if (random.nextInt(10) < 4) {
            String[] uses = {"assisted", "enhanced", "composite", "generated"};
            use = uses[random.nextInt(uses.length)];
            b.append(",\"ai\":{\"use\":\"").append(use).append('"');
            if (!use.equals("assisted") && random.nextBoolean()) {
                b.append(",\"share\":0.").append(1 + random.nextInt(9));
            }
            b.append(",\"tools\":[\"plategen\"],\"prompters\":[\"").append(flaw == 2 ? "nobody" : "joe")
                    .append("\"],\"generatedAt\":\"2026-05-02T10:00:00Z\"}");
            String[] approvers = {"dir", "dir", "dir", null, "plategen", "joe"};
            String approver = approvers[random.nextInt(approvers.length)];
            b.append(",\"oversight\":{\"directedBy\":\"dir\",\"reviewedBy\":[\"joe\"]")
                    .append(approver == null ? "" : ",\"approvedBy\":\"" + approver + "\"").append('}');
        }
        if (random.nextInt(7) == 0) {
            int uses = 1 + random.nextInt(2);
            b.append(",\"likeness\":[");
            for (int u = 0; u < uses; u++) {
                b.append(u > 0 ? ",{" : "{").append("\"person\":\"").append(u == 0 ? "ana" : "joe")
                        .append("\",\"aspects\":[\"").append(random.nextBoolean() ? "face" : "voice")
                        .append("\"],\"synthetic\":").append(random.nextBoolean())
                        .append(random.nextBoolean() ? ",\"consent\":\"ana-2026\"" : "").append('}');
            }
            b.append(']');
        }
        if (random.nextInt(8) == 0) {
            b.append(",\"labels\":[\"").append(random.nextBoolean() ? "ai-generated" : "synthetic-person").append("\"]");
        }
        if (flaw == 3) {
            b.append(",\"colour\":\"red\"");
        }
        if (flaw == 4) {
            b.append(",\"delivered\":\"yes\"");
        }
        return b.append('}').toString();
    }
}
