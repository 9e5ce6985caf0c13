package org.guildmark.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guildmark.core.audit.Finding;
import org.guildmark.core.code.Catalogs;
import org.guildmark.core.code.Clause;
import org.guildmark.core.code.CodeCatalog;

/** The principle a clause belongs to, as a heading, and the clauses' document order. */
final class Headings {
    private static final Map<String, String> HEADING = new HashMap<>();
    private static final Map<String, Integer> ORDER = new HashMap<>();

    static {
        int n = 0;
        for (CodeCatalog catalog : Catalogs.all()) {
            for (Clause clause : catalog.clauses()) {
                String title = catalog.principle(clause.principle()).map(p -> p.title()).orElse("");
                String heading = catalog.id().equals("aimeg")
                        ? "Principle " + clause.principle() + " · " + title
                        : "IATSE principle " + clause.principle() + " · " + title;
                HEADING.put(clause.id(), heading);
                ORDER.put(clause.id(), n++);
            }
        }
    }

    private Headings() {
    }

    static String heading(String clause) {
        return HEADING.getOrDefault(clause, "Other");
    }

    static int order(String clause) {
        return ORDER.getOrDefault(clause, Integer.MAX_VALUE);
    }

    static List<String> clauses() {
        return Catalogs.allClauses().map(Clause::id).toList();
    }

    /** Findings under their principle's heading, principles and clauses in the Code's order. */
    static Map<String, List<Finding>> byPrinciple(List<Finding> findings) {
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(Comparator.comparing((Finding f) -> order(f.clause())));
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : ordered) {
            groups.computeIfAbsent(heading(f.clause()), k -> new ArrayList<>()).add(f);
        }
        return groups;
    }
}
