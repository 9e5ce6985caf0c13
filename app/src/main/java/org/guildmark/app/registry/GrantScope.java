package org.guildmark.app.registry;

import java.util.List;
import java.util.UUID;

/**
 * What a grant covers: one production, or general model training (limited to {@code models} when any are named).
 */
public record GrantScope(UUID production, boolean general, List<String> models) {

    public GrantScope {
        models = List.copyOf(models);
        if (general == (production != null)) {
            throw new IllegalArgumentException("a grant covers either one production or general model training");
        }
        if (!general && !models.isEmpty()) {
            throw new IllegalArgumentException("models limit only a general grant");
        }
    }

    public static GrantScope production(UUID production) {
        return new GrantScope(production, false, List.of());
    }

    public static GrantScope general(List<String> models) {
        return new GrantScope(null, true, models);
    }
}
