package org.guildmark.app.registry;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A use of a grant: an asset a production made with the likeness, or a model trained on it, at {@code usedAt}.
 *
 * @param production the production, or null for a model trained outside one
 */
public record GrantUse(UUID id, UUID grant, UUID organization, UUID production, String asset, String model,
        Instant usedAt, Instant recordedAt, String recordedBy) {

    public GrantUse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(usedAt, "usedAt");
        if (asset == null && model == null) {
            throw new IllegalArgumentException("a use names the asset made or the model trained");
        }
    }
}
