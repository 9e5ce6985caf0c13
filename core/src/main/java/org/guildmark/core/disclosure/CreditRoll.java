package org.guildmark.core.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.guildmark.core.audit.rules.Roles;
import org.guildmark.core.dossier.Credit;
import org.guildmark.core.dossier.Dossier;
import org.guildmark.core.dossier.Person;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The on-screen credit roll, grouped by department in a conventional order; the emergent AI roles stand in
 * their departments like any other craft (clause 1.2). Only on-screen credits are published.
 */
final class CreditRoll {
    private static final List<String> DEPARTMENT_ORDER = List.of("direction", "writing", "production", "cast",
            "news", "camera", "art", "costume", "makeup", "editorial", "post", "vfx", "animation", "graphics",
            "sound", "music", "ai", "marketing");
    private static final Set<String> UPPER = Set.of("ai", "vfx", "cg", "3d", "2d");

    record Line(String role, String roleTitle, String name, boolean emergent) {
    }

    private final Map<String, List<Line>> byDepartment;

    CreditRoll(Dossier dossier) {
        Map<String, List<Line>> grouped = new LinkedHashMap<>();
        List<Credit> credits = new ArrayList<>(dossier.credits());
        credits.sort(Comparator.comparingInt((Credit c) -> departmentRank(department(c))).thenComparing(CreditRoll::department));
        for (Credit c : credits) {
            if (!c.onScreen()) {
                continue;
            }
            String name = c.creditedAs() != null ? c.creditedAs()
                    : dossier.people().stream().filter(p -> p.id().equals(c.person())).map(Person::name).findFirst()
                            .orElse(c.person());
            grouped.computeIfAbsent(department(c), d -> new ArrayList<>())
                    .add(new Line(c.role(), roleTitle(c.role()), name, Roles.isEmergent(c.role())));
        }
        this.byDepartment = grouped;
    }

    private static String department(Credit c) {
        return c.department() == null ? "other" : c.department();
    }

    private static int departmentRank(String department) {
        int i = DEPARTMENT_ORDER.indexOf(department);
        return i < 0 ? DEPARTMENT_ORDER.size() + (department.equals("other") ? 1 : 0) : i;
    }

    static String roleTitle(String role) {
        StringBuilder out = new StringBuilder();
        for (String word : role.split("-")) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(UPPER.contains(word) ? word.toUpperCase(Locale.ROOT)
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    Map<String, List<Line>> departments() {
        return byDepartment;
    }

    String text(String title) {
        StringBuilder out = new StringBuilder(title.toUpperCase(Locale.ROOT)).append("\n");
        byDepartment.forEach((department, lines) -> {
            out.append('\n').append(roleTitle(department).toUpperCase(Locale.ROOT)).append('\n');
            for (Line line : lines) {
                out.append(line.roleTitle()).append(" — ").append(line.name()).append('\n');
            }
        });
        return out.toString();
    }

    ObjectNode json(String productionId, String title) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("production", productionId);
        root.put("title", title);
        ArrayNode departments = root.putArray("departments");
        byDepartment.forEach((department, lines) -> {
            ObjectNode d = departments.addObject();
            d.put("department", department);
            ArrayNode credits = d.putArray("credits");
            for (Line line : lines) {
                ObjectNode c = credits.addObject();
                c.put("role", line.role());
                c.put("roleTitle", line.roleTitle());
                c.put("name", line.name());
                c.put("emergentAiRole", line.emergent());
            }
        });
        return root;
    }

    /** One line of text crediting everyone, for schema.org's creditText. */
    String creditText() {
        List<String> parts = new ArrayList<>();
        byDepartment.values().forEach(lines -> lines.forEach(l -> parts.add(l.roleTitle() + ": " + l.name())));
        return String.join("; ", parts);
    }
}
