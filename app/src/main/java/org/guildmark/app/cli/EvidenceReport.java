package org.guildmark.app.cli;

import java.io.PrintWriter;
import java.util.List;

import org.guildmark.core.dossier.Wire;
import org.guildmark.core.evidence.c2pa.C2paEvidence;
import org.guildmark.core.evidence.c2pa.SoftwareAgent;
import org.guildmark.core.evidence.c2pa.SourceType;
import org.guildmark.core.read.Problem;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** C2PA evidence for people (text) and programs (JSON). */
final class EvidenceReport {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What an import changed in which dossier. */
    record Import(String dossier, String asset, List<String> changes) {
    }

    private EvidenceReport() {
    }

    static void text(C2paEvidence e, PrintWriter out) {
        out.println(e.title() == null ? e.source() : e.source() + " · " + e.title());
        line(out, "ai.use", e.aiUse().map(Wire::code).orElse("not stated"));
        line(out, "source types", e.sourceTypes().isEmpty() ? "none named" : String.join(", ",
                e.sourceTypes().stream().map(t -> t.term() + " (" + t.meaning() + ")").toList()));
        line(out, "tools", e.softwareAgents().isEmpty() ? "none named"
                : String.join(", ", e.softwareAgents().stream().map(SoftwareAgent::toString).toList()));
        if (e.trainingPermissions().isEmpty()) {
            line(out, "training", "no permissions stated");
        }
        e.trainingPermissions().forEach((entry, use) -> line(out, "training", entry + " " + use));
        e.notes().forEach(n -> line(out, "note", n));
        e.problems().forEach(p -> line(out, "problem", (p.pointer().isEmpty() ? "" : p.pointer() + ": ")
                + (p.location().equals(e.source()) ? "" : "at " + p.location() + ": ") + p.message()));
        out.println();
    }

    private static void line(PrintWriter out, String label, String value) {
        out.printf("  %-13s %s%n", label, value);
    }

    /** {@code {"manifests": [...]}}, with {@code dossier}, {@code asset} and {@code changes} after an import. */
    static String json(List<C2paEvidence> evidence, Import imported) {
        ObjectNode root = NODES.objectNode();
        ArrayNode manifests = root.putArray("manifests");
        evidence.forEach(e -> manifests.add(json(e)));
        if (imported != null) {
            root.put("dossier", imported.dossier()).put("asset", imported.asset());
            imported.changes().forEach(root.putArray("changes")::add);
        }
        return JSON.writeValueAsString(root);
    }

    private static ObjectNode json(C2paEvidence e) {
        ObjectNode m = NODES.objectNode().put("source", e.source()).put("title", e.title())
                .put("aiUse", e.aiUse().map(Wire::code).orElse(null));
        ArrayNode types = m.putArray("sourceTypes");
        for (SourceType t : e.sourceTypes()) {
            types.addObject().put("term", t.term()).put("uri", t.uri()).put("meaning", t.meaning())
                    .put("aiUse", t.aiUse().map(Wire::code).orElse(null));
        }
        ArrayNode agents = m.putArray("softwareAgents");
        e.softwareAgents().forEach(a -> agents.addObject().put("name", a.name()).put("version", a.version()));
        ObjectNode training = m.putObject("trainingPermissions");
        e.trainingPermissions().forEach(training::put);
        e.notes().forEach(m.putArray("notes")::add);
        ArrayNode problems = m.putArray("problems");
        for (Problem p : e.problems()) {
            problems.addObject().put("location", p.location()).put("pointer", p.pointer()).put("message", p.message());
        }
        return m;
    }
}
