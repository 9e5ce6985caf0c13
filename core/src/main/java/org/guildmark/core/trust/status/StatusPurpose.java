package org.guildmark.core.trust.status;

import java.util.Locale;
import java.util.Optional;

/** The status purposes Guildmark uses: a revoked certificate is void for good, a suspended one until reinstated. */
public enum StatusPurpose {
    REVOCATION, SUSPENSION;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StatusPurpose> fromWire(String value) {
        for (StatusPurpose p : values()) {
            if (p.wire().equals(value)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
