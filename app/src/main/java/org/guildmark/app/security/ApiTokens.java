package org.guildmark.app.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.guildmark.app.DatabaseTime;
import org.guildmark.core.read.FileDigest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The API tokens. A token's secret is {@code gmk_} followed by 256 random bits in base64url (47 characters); only
 * its SHA-256 is stored.
 *
 * <p>Why a plain SHA-256 and not bcrypt as for passwords: a password is guessable, so its hash must be slow; a
 * 256-bit random secret cannot be guessed or brute-forced whatever the hash's speed, so a fast one-way hash loses
 * nothing and lets every request find its token by an indexed equality lookup instead of trying a slow hash against
 * every row. The {@code gmk_} prefix lets secret scanners (and people) recognise a leaked Guildmark token.
 *
 * <p>Requests find their token through {@link #presented}, which keeps what it found for {@link #KEPT_FOR} on this
 * node, so a client sending many requests is not one lookup each. A token revoked here stops at once on this node;
 * on other nodes of the same database within {@link #KEPT_FOR}.
 */
@Repository
public class ApiTokens {

    /** What every secret starts with. */
    public static final String PREFIX = "gmk_";

    /** The characters of a secret kept in clear to tell tokens apart: the prefix and 8 more, 48 of its 256 bits. */
    static final int SHOWN_LENGTH = PREFIX.length() + 8;

    /** Last-used times are written at most once a minute per token, so checks are not one write each. */
    static final long TOUCH_EVERY_SECONDS = 60;

    /** How long a node keeps a token it looked up for a request before it reads it again. */
    public static final Duration KEPT_FOR = Duration.ofSeconds(5);

    private static final int SECRET_BYTES = 32;
    private static final int MOST_KEPT = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Tokens by the SHA-256 of their secret; only secrets that name a token, so guesses cannot fill it. */
    private final Cache<String, ApiToken> presented;

    public ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        // Expiry follows the application's clock, so tests that move it see tokens read again.
        this.presented = Caffeine.newBuilder().expireAfterWrite(KEPT_FOR).maximumSize(MOST_KEPT)
                .ticker(() -> clock.millis() * 1_000_000L).build();
    }

    /** Creates a token and returns it with its secret, which is not stored and cannot be shown again. */
    public IssuedToken issue(UUID organization, String name, Set<TokenScope> scopes, Instant expiresAt,
            String createdBy) {
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("a token holds at least one scope");
        }
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Arrays.fill(bytes, (byte) 0);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ApiToken token = new ApiToken(UUID.randomUUID(), organization, name, secret.substring(0, SHOWN_LENGTH),
                EnumSet.copyOf(scopes), createdBy, now, expiresAt.truncatedTo(ChronoUnit.MICROS), null, null);
        jdbc.sql("""
                INSERT INTO api_token (id, organization_id, name, secret_prefix, secret_sha256, scopes, created_by,
                    created_at, expires_at)
                VALUES (:id, :organization, :name, :prefix, :hash, :scopes, :createdBy, :createdAt, :expiresAt)""")
                .param("id", token.id())
                .param("organization", organization)
                .param("name", name)
                .param("prefix", token.prefix())
                .param("hash", sha256(secret))
                .param("scopes", codes(token.scopes()))
                .param("createdBy", createdBy)
                .param("createdAt", utc(token.createdAt()))
                .param("expiresAt", utc(token.expiresAt()))
                .update();
        return new IssuedToken(token, secret);
    }

    /** The token whose secret this is, revoked or expired or not; empty for anything else. */
    public Optional<ApiToken> findBySecret(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE secret_sha256 = :hash")
                .param("hash", sha256(secret))
                .query(ApiTokens::token)
                .optional();
    }

    /**
     * {@link #findBySecret}, as a request presenting the secret needs it: the answer may be up to
     * {@link #KEPT_FOR} old when another node revoked the token.
     */
    public Optional<ApiToken> presented(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = sha256(secret);
        ApiToken kept = presented.getIfPresent(hash);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<ApiToken> found = jdbc.sql(SELECT + " WHERE secret_sha256 = :hash")
                .param("hash", hash)
                .query(ApiTokens::token)
                .optional();
        found.ifPresent(token -> presented.put(hash, token));
        return found;
    }

    /** The tokens of one organization, or of all when {@code organization} is null, newest first. */
    public List<ApiToken> list(UUID organization) {
        if (organization == null) {
            return jdbc.sql(SELECT + " ORDER BY created_at DESC, id").query(ApiTokens::token).list();
        }
        return jdbc.sql(SELECT + " WHERE organization_id = :organization ORDER BY created_at DESC, id")
                .param("organization", organization)
                .query(ApiTokens::token)
                .list();
    }

    /** At most {@code limit} tokens of {@link #list} from {@code offset}, in the same order. */
    public List<ApiToken> list(UUID organization, int limit, int offset) {
        String where = organization == null ? "" : " WHERE organization_id = :organization";
        var statement = jdbc.sql(SELECT + where + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset);
        if (organization != null) {
            statement = statement.param("organization", organization);
        }
        return statement.query(ApiTokens::token).list();
    }

    public Optional<ApiToken> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(ApiTokens::token).optional();
    }

    /** Revokes a token now; revoking a revoked token changes nothing. Returns the token as it stands. */
    public Optional<ApiToken> revoke(UUID id) {
        jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .param("now", utc(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .param("id", id)
                .update();
        forget(id);
        return find(id);
    }

    /**
     * Revokes now every token the account {@code username} created that is not revoked yet; returns how many. A
     * token carries the authority of its creator and ends with it ({@link AccountChanges}).
     */
    public int revokeMadeBy(String username) {
        int revoked = jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE created_by = :username "
                        + "AND revoked_at IS NULL")
                .param("now", utc(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .param("username", username)
                .update();
        if (revoked > 0) {
            presented.invalidateAll();
        }
        return revoked;
    }

    /** Notes that the token was used now, unless that was already noted within the last minute. */
    public void touch(ApiToken token) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (token.lastUsedAt() != null && token.lastUsedAt().plusSeconds(TOUCH_EVERY_SECONDS).isAfter(now)) {
            return;
        }
        jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
                .param("now", utc(now))
                .param("id", token.id())
                .update();
        // Read again on its next request, with the time just written.
        forget(token.id());
    }

    /** Drops what this node keeps of a token. */
    private void forget(UUID token) {
        presented.asMap().values().removeIf(kept -> kept.id().equals(token));
    }

    /** The stored form of a secret: the lower-case hex SHA-256 of its UTF-8 bytes. */
    static String sha256(String secret) {
        return FileDigest.sha256(secret.getBytes(StandardCharsets.UTF_8));
    }

    private static final String SELECT = """
            SELECT id, organization_id, name, secret_prefix, scopes, created_by, created_at, expires_at, revoked_at,
                last_used_at
            FROM api_token""";

    private static ApiToken token(ResultSet row, int number) throws SQLException {
        Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        for (String code : row.getString("scopes").split(" ")) {
            // A scope this version does not know (written by a newer one) grants nothing here.
            TokenScope.ofCode(code).ifPresent(scopes::add);
        }
        return new ApiToken(
                row.getObject("id", UUID.class),
                row.getObject("organization_id", UUID.class),
                row.getString("name"),
                row.getString("secret_prefix"),
                scopes,
                row.getString("created_by"),
                DatabaseTime.instant(row, "created_at"),
                DatabaseTime.instant(row, "expires_at"),
                DatabaseTime.instant(row, "revoked_at"),
                DatabaseTime.instant(row, "last_used_at"));
    }

    private static String codes(Set<TokenScope> scopes) {
        return scopes.stream().map(TokenScope::code).collect(Collectors.joining(" "));
    }


    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
