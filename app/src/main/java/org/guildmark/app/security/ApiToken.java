package org.guildmark.app.security;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An API token as stored: never its secret, only the first characters of it ({@code prefix}) so its owner can tell
 * tokens apart.
 *
 * @param organization the organization the token acts for
 * @param createdBy    the username of the account that created it
 * @param revokedAt    when it was revoked, or null
 * @param lastUsedAt   when it last authenticated a request (to the minute), or null
 */
public record ApiToken(
        UUID id,
        UUID organization,
        String name,
        String prefix,
        Set<TokenScope> scopes,
        String createdBy,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt) {

    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expiresAt, "expiresAt");
        scopes = Set.copyOf(scopes);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /** Expired at {@code now}: a token is valid up to, not including, its expiry instant. */
    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
