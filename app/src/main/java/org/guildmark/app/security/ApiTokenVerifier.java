package org.guildmark.app.security;

import java.time.Clock;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Verifies a presented API token secret: known, not revoked, not expired. Not a Spring bean on purpose: the global
 * authentication manager picks up a sole {@link AuthenticationProvider} bean (the password sign-in), and a second
 * one would displace it; this one serves only the API's filter chain.
 */
final class ApiTokenVerifier implements AuthenticationProvider {

    static final String UNKNOWN = "The API token is not known. Check that the whole token was sent.";
    static final String REVOKED = "The API token was revoked. Ask your organization's admin for a new one.";
    static final String EXPIRED = "The API token has expired. Create a new one at /api/v1/tokens.";

    private final ApiTokens tokens;
    private final Clock clock;

    ApiTokenVerifier(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication presented) throws AuthenticationException {
        String secret = (String) presented.getCredentials();
        ApiToken token = tokens.presented(secret).orElseThrow(() -> new BadCredentialsException(UNKNOWN));
        if (token.revoked()) {
            throw new BadCredentialsException(REVOKED);
        }
        if (token.expiredAt(clock.instant())) {
            throw new CredentialsExpiredException(EXPIRED);
        }
        tokens.touch(token);
        return ApiTokenAuthentication.verified(token);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiTokenAuthentication.class.isAssignableFrom(authentication);
    }
}
