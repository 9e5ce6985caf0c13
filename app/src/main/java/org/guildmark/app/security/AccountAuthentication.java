package org.guildmark.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signs in with a username and password against {@link Accounts}, through the {@link LoginThrottle}: a locked
 * username is refused before its password is looked at. Logs name an account only by {@link #digest a short hash}
 * of its username, and never carry the password.
 */
final class AccountAuthentication implements AuthenticationProvider {

    static final String LOCKED_MESSAGE = "Too many failed sign-ins for this account; try again in 15 minutes.";

    private static final Logger log = LoggerFactory.getLogger(AccountAuthentication.class);

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    AccountAuthentication(Accounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(username -> details(accounts, username));
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        if (throttle.isLocked(username)) {
            log.warn("Sign-in refused for account {}: locked after repeated failures", digest(username));
            throw new LockedException(LOCKED_MESSAGE);
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(username);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            boolean locked = throttle.failed(username);
            log.warn("Sign-in failed for account {}: bad credentials{}", digest(username),
                    locked ? "; locked for " + LoginThrottle.LOCK.toMinutes() + " minutes" : "");
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The first 12 hex digits of the SHA-256 of a username: enough to follow one account through the log. */
    static String digest(String username) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(username).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static UserDetails details(Accounts accounts, String username) {
        Account account = accounts.find(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return new SignedInAccount(account);
    }
}
