package org.guildmark.app.security;

import java.time.Duration;
import java.time.Instant;

import org.guildmark.app.registry.TestDatabase;
import org.guildmark.app.security.LoginThrottleTests.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountAuthenticationTests {

    private final TestDatabase database = TestDatabase.h2();
    private final TestClock clock = new TestClock(Instant.parse("2026-02-01T10:00:00Z"));
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final Accounts accounts = new Accounts(database.jdbc(), encoder, clock);
    private final AccountAuthentication authentication =
            new AccountAuthentication(accounts, encoder, new LoginThrottle(clock));

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void an_account_signs_in_with_its_password_and_holds_its_role() {
        accounts.create("oscar", "a long passphrase", Role.OFFICER, null, null);

        Authentication signedIn = authentication.authenticate(attempt("oscar", "a long passphrase"));

        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .filteredOn(authority -> authority.startsWith("ROLE_"))
                .containsExactly("ROLE_OFFICER");
    }

    @Test
    void five_failures_lock_the_account_and_fifteen_minutes_later_the_right_password_works_again() {
        accounts.create("oscar", "a long passphrase", Role.OFFICER, null, null);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> authentication.authenticate(attempt("oscar", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> authentication.authenticate(attempt("oscar", "a long passphrase")))
                .isInstanceOf(LockedException.class)
                .hasMessage(AccountAuthentication.LOCKED_MESSAGE);

        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> authentication.authenticate(attempt("oscar", "a long passphrase")))
                .isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(1));
        assertThat(authentication.authenticate(attempt("oscar", "a long passphrase")).isAuthenticated()).isTrue();
    }

    @Test
    void an_unknown_username_fails_like_a_wrong_password_and_is_throttled_too() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> authentication.authenticate(attempt("nobody", "guess")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> authentication.authenticate(attempt("nobody", "guess")))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void the_log_names_an_account_by_a_short_hash_of_its_username() {
        assertThat(AccountAuthentication.digest("oscar"))
                .hasSize(12)
                .matches("[0-9a-f]+")
                .isEqualTo(AccountAuthentication.digest("oscar"))
                .isNotEqualTo(AccountAuthentication.digest("ines"));
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
