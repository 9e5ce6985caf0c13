package org.guildmark.app.registry;

import java.time.Instant;

/**
 * A use to record: an asset made in {@code production}, or a model trained (then {@code production} may be null),
 * at {@code usedAt} (null: now).
 */
public record NewUse(java.util.UUID production, String asset, String model, Instant usedAt) {
}
