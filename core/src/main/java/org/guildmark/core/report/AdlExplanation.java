package org.guildmark.core.report;

import java.io.PrintWriter;

import org.guildmark.core.adl.Adl;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ADL explained line by line, as {@code adl.md} asks: the share with numerator and denominator, the rule
 * that set the level, each floor that raised it, each marker with the assets behind it, and the departments.
 */
public final class AdlExplanation {
    private AdlExplanation() {
    }

    public static void text(Adl adl, boolean explain, PrintWriter out) {
        out.println(adl.display() + " · " + adl.name());
        out.println("share   S = " + plain(adl.aiSeconds()) + " s ÷ " + plain(adl.totalSeconds()) + " s = "
                + plain(adl.shareRounded()) + "  (AI-made seconds over the seconds of delivered timed assets)");
        if (!explain) {
            return;
        }
        out.println("rule    ADL-" + adl.ruleLevel() + ": " + adl.rule());
        for (Adl.Floor floor : adl.floors()) {
            out.println("floor   at least ADL-" + floor.atLeast() + ": " + floor.reason() + " (" + sample(floor.assets()) + ")");
        }
        if (adl.evidence().isEmpty()) {
            out.println("markers none");
        }
        for (Adl.MarkerEvidence e : adl.evidence()) {
            out.println("marker  " + e.marker().name() + "  " + e.marker().meaning() + ": " + sample(e.assets()));
        }
        if (!adl.departments().isEmpty()) {
            out.println();
            out.printf("%-20s %12s %12s %8s%n", "department", "seconds", "AI seconds", "share");
            for (Adl.DepartmentShare d : adl.departments()) {
                out.printf("%-20s %12s %12s %8s%n", d.department(), plain(d.seconds()), plain(d.aiSeconds()),
                        plain(d.share().setScale(3, java.math.RoundingMode.HALF_UP)));
            }
        }
    }

    public static ObjectNode json(Adl adl) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = JsonReport.adl(adl);
        root.put("name", adl.name());
        ArrayNode floors = root.putArray("floors");
        for (Adl.Floor f : adl.floors()) {
            ObjectNode node = floors.addObject();
            node.put("atLeast", f.atLeast());
            node.put("reason", f.reason());
            sample(node, f.assets());
        }
        ArrayNode evidence = root.putArray("markerEvidence");
        for (Adl.MarkerEvidence e : adl.evidence()) {
            ObjectNode node = evidence.addObject();
            node.put("marker", e.marker().name());
            node.put("meaning", e.marker().meaning());
            sample(node, e.assets());
        }
        ArrayNode departments = root.putArray("departments");
        for (Adl.DepartmentShare d : adl.departments()) {
            ObjectNode node = departments.addObject();
            node.put("department", d.department());
            node.put("seconds", JsonReport.plain(d.seconds()));
            node.put("aiSeconds", JsonReport.plain(d.aiSeconds()));
            node.put("share", JsonReport.plain(d.share().setScale(3, java.math.RoundingMode.HALF_UP)));
        }
        return nodes.objectNode().setAll(root);
    }

    private static void sample(ObjectNode node, Adl.Sample sample) {
        ArrayNode first = node.putArray("first");
        sample.first().forEach(first::add);
        node.put("count", sample.count());
    }

    private static String sample(Adl.Sample sample) {
        String ids = String.join(", ", sample.first());
        return sample.count() > sample.first().size() ? ids + ", … (" + sample.count() + " in all)" : ids;
    }

    private static String plain(java.math.BigDecimal value) {
        return JsonReport.plain(value).toPlainString();
    }
}
