package org.guildmark.app.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * The state of the accounts behind live sessions, read from the database and kept for {@link #KEPT_FOR} per node:
 * the per-request check of {@link AccountSessionCheck} costs one primary-key lookup per account every few seconds,
 * not one per request. The database is the only shared truth, so this holds with several nodes on one database: a
 * change made on this node ({@link AccountChanges}) reaches its sessions here at once, elsewhere within
 * {@link #KEPT_FOR}.
 */
@Component
public class AccountSessions {

    /** How long a node trusts what it read of an account before reading it again. */
    public static final Duration KEPT_FOR = Duration.ofSeconds(5);
    /** A session attribute: the visitor's previous session ended because its account was changed. */
    public static final String ENDED = AccountSessions.class.getName() + ".ENDED";

    private static final int MOST_KEPT = 10_000;

    private final Accounts accounts;
    private final Cache<UUID, Optional<Account>> current;

    AccountSessions(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        // Expiry follows the application's clock, so tests that move it see accounts read again.
        this.current = Caffeine.newBuilder().expireAfterWrite(KEPT_FOR).maximumSize(MOST_KEPT)
                .ticker(() -> clock.millis() * 1_000_000L).build();
    }

    /** The account as stored (at most {@link #KEPT_FOR} ago), or empty when there is no such account. */
    Optional<Account> current(UUID account) {
        return current.get(account, accounts::find);
    }

    /** Reads the account again on its next request: it has just been changed on this node. */
    void forget(UUID account) {
        current.invalidate(account);
    }
}
