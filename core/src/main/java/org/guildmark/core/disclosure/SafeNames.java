package org.guildmark.core.disclosure;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * File names for asset ids, which may hold any character: unsafe characters become {@code _}, and a name that
 * is empty, hidden, or would collide with an earlier one (also on case-insensitive file systems) gets a number.
 */
final class SafeNames {
    private final Set<String> used = new HashSet<>();

    String fileFor(String id, String extension) {
        String base = id.replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        if (base.isEmpty() || base.startsWith(".")) {
            base = "asset" + base;
        }
        String candidate = base;
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + "-" + n;
        }
        return candidate + extension;
    }
}
