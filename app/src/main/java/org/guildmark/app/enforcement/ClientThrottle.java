package org.guildmark.app.enforcement;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Limits complaints and receipt attempts per client without storing who the client is. A client is known only by
 * an HMAC of its network address under a key that lives in this process's memory and nowhere else, and only for
 * the window the limit looks at: the address is never written to the database or the log. In memory, per node; a
 * restart forgets.
 */
@Component
class ClientThrottle {

    static final Duration HOUR = Duration.ofHours(1);
    private static final int SWEEP_ABOVE = 10_000;

    private final EnforcementProperties properties;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final Map<String, Window> submissions = new ConcurrentHashMap<>();
    private final Window allSubmissions = new Window();
    private final Map<String, Window> receiptFailures = new ConcurrentHashMap<>();
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

    ClientThrottle(EnforcementProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    /** Counts a complaint from {@code address}, or refuses it when this client or everyone sent too many. */
    void submission(String address) {
        Instant now = clock.instant();
        sweep(submissions, now, HOUR);
        Window mine = submissions.computeIfAbsent(client(address), any -> new Window());
        if (mine.count(now, HOUR) >= properties.submissionsPerHour()) {
            throw new EnforcementRefusal.TooMany("Too many reports were sent from here in the last hour; wait an "
                    + "hour and send it again, or write to the committee by post. Nothing was stored.", HOUR);
        }
        if (allSubmissions.count(now, HOUR) >= properties.submissionsPerHourTotal()) {
            throw new EnforcementRefusal.TooMany("The committee receives an unusual number of reports just now; "
                    + "please try again in an hour. Nothing was stored.", HOUR);
        }
        mine.add(now);
        allSubmissions.add(now);
    }

    /** Refuses a receipt attempt from a client that is locked out. */
    void beforeReceipt(String address) {
        Instant until = lockedUntil.get(client(address));
        Instant now = clock.instant();
        if (until != null && now.isBefore(until)) {
            Duration left = Duration.between(now, until);
            throw new EnforcementRefusal.TooMany("Too many receipts that match no report were tried from here. "
                    + "Wait " + minutes(left) + " and try again.", left);
        }
    }

    /** Counts a receipt that matched nothing; returns whether this locked the client out. */
    boolean receiptFailed(String address) {
        Instant now = clock.instant();
        Duration window = properties.receiptLock();
        sweep(receiptFailures, now, window);
        String client = client(address);
        Window failures = receiptFailures.computeIfAbsent(client, any -> new Window());
        failures.add(now);
        if (failures.count(now, window) >= properties.receiptFailures()) {
            lockedUntil.put(client, now.plus(window));
            receiptFailures.remove(client);
            return true;
        }
        return false;
    }

    /** Forgets the failures of a client whose receipt just matched. */
    void receiptMatched(String address) {
        receiptFailures.remove(client(address));
    }

    private String client(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private void sweep(Map<String, Window> windows, Instant now, Duration span) {
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(w -> w.count(now, span) == 0);
            lockedUntil.values().removeIf(until -> !now.isBefore(until));
        }
    }

    private static String minutes(Duration d) {
        long m = Math.max(1, (d.toSeconds() + 59) / 60);
        return m + (m == 1 ? " minute" : " minutes");
    }

    /** The instants of recent attempts. */
    private static final class Window {
        private final Deque<Instant> recent = new ArrayDeque<>();

        synchronized int count(Instant now, Duration span) {
            Instant start = now.minus(span);
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(start)) {
                recent.removeFirst();
            }
            return recent.size();
        }

        synchronized void add(Instant now) {
            recent.addLast(now);
        }
    }
}
