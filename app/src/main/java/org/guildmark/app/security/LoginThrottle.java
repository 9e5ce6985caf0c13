package org.guildmark.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses sign-in attempts for a username after too many failures: {@link #MAX_FAILURES} failed attempts within
 * {@link #WINDOW} lock the username for {@link #LOCK}, whatever password is tried meanwhile. In memory, per server
 * node; a restart forgets. Usernames are compared ignoring case.
 */
public final class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    /** Past this many tracked usernames, stale entries are swept on the next failure. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether attempts for {@code username} are refused now. */
    public boolean isLocked(String username) {
        Failures entry = failures.get(key(username));
        return entry != null && entry.lockedAt(clock.instant());
    }

    /** Records a failed attempt; returns whether it locked the username. */
    public boolean failed(String username) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(entry -> entry.staleAt(now));
        }
        return failures.computeIfAbsent(key(username), any -> new Failures()).record(now);
    }

    /** Forgets the failures of a username that has just signed in. */
    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    /** The recent failures of one username and, when locked, until when. */
    private static final class Failures {
        private final Deque<Instant> recent = new ArrayDeque<>();
        private Instant lockedUntil;

        synchronized boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        synchronized boolean record(Instant now) {
            if (lockedAt(now)) {
                return false;
            }
            if (lockedUntil != null) {
                lockedUntil = null;
                recent.clear();
            }
            Instant windowStart = now.minus(WINDOW);
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(windowStart)) {
                recent.removeFirst();
            }
            recent.addLast(now);
            if (recent.size() >= MAX_FAILURES) {
                lockedUntil = now.plus(LOCK);
                recent.clear();
                return true;
            }
            return false;
        }

        synchronized boolean staleAt(Instant now) {
            return !lockedAt(now) && (recent.isEmpty() || !recent.peekLast().isAfter(now.minus(WINDOW)));
        }
    }
}
