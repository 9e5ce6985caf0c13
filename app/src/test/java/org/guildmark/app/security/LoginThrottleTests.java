package org.guildmark.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

    private final TestClock clock = new TestClock(Instant.parse("2026-02-01T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void five_failures_within_fifteen_minutes_lock_the_username_for_fifteen_minutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.failed("oscar")).as("failure %d", i).isFalse();
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(throttle.isLocked("oscar")).isFalse();

        assertThat(throttle.failed("oscar")).isTrue();
        assertThat(throttle.isLocked("oscar")).isTrue();
        assertThat(throttle.isLocked("OSCAR")).as("case does not matter").isTrue();
        assertThat(throttle.isLocked("ines")).as("other usernames").isFalse();

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(throttle.isLocked("oscar")).isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isLocked("oscar")).isFalse();
        assertThat(throttle.failed("oscar")).as("the count starts again").isFalse();
        assertThat(throttle.isLocked("oscar")).isFalse();
    }

    @Test
    void failures_older_than_fifteen_minutes_do_not_count() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("oscar");
        }
        clock.advance(Duration.ofMinutes(15));

        assertThat(throttle.failed("oscar")).isFalse();
        assertThat(throttle.isLocked("oscar")).isFalse();
    }

    @Test
    void a_successful_sign_in_clears_the_failures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("oscar");
        }
        throttle.succeeded("oscar");

        assertThat(throttle.failed("oscar")).isFalse();
        assertThat(throttle.isLocked("oscar")).isFalse();
    }

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
