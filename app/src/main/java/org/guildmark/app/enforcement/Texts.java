package org.guildmark.app.enforcement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.guildmark.core.code.Catalogs;
import org.guildmark.core.code.Clause;

/** Checks of what people type: required text within a length, and clause ids of the Code. */
final class Texts {
    private Texts() {
    }

    /** The text stripped, or a problem at {@code pointer} when it is missing or too long. */
    static String required(String text, String pointer, String what, int max, List<EnforcementRefusal.Problem> out) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            out.add(new EnforcementRefusal.Problem(pointer, what, "missing"));
            return null;
        }
        return limited(value, pointer, max, out);
    }

    /** The text stripped (null when empty), or a problem when it is too long. */
    static String optional(String text, String pointer, int max, List<EnforcementRefusal.Problem> out) {
        String value = text == null ? "" : text.strip();
        return value.isEmpty() ? null : limited(value, pointer, max, out);
    }

    private static String limited(String value, String pointer, int max, List<EnforcementRefusal.Problem> out) {
        if (value.length() > max) {
            out.add(new EnforcementRefusal.Problem(pointer, "At most " + String.format("%,d", max)
                    + " characters; this has " + String.format("%,d", value.length()) + ".", "too-long"));
            return null;
        }
        return value;
    }

    /** The AIMEG clause ids given, known and in order, or a problem for each unknown one. */
    static List<String> clauses(List<String> given, String pointer, List<EnforcementRefusal.Problem> out) {
        LinkedHashSet<String> known = new LinkedHashSet<>();
        List<String> values = given == null ? List.of() : given;
        for (int i = 0; i < values.size(); i++) {
            String id = values.get(i) == null ? "" : values.get(i).strip();
            if (id.isEmpty()) {
                continue;
            }
            if (Catalogs.aimeg().clause(id).isEmpty()) {
                out.add(new EnforcementRefusal.Problem(pointer + "/" + i, "'" + (id.length() > 20 ? id.substring(0,
                        20) + "…" : id) + "' is not a clause of the Code; give ids such as 3.1 or 7.2.",
                        "unknown-clause"));
            } else {
                known.add(id);
            }
        }
        return new ArrayList<>(known);
    }

    /** The Code's clauses, for forms. */
    static List<Clause> codeClauses() {
        return Catalogs.aimeg().clauses();
    }
}
