package org.guildmark.app.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads {@code Authorization: Bearer <token>} (RFC 6750). No such header: null, so the request goes on as it is
 * (anonymous, or signed in by its session). A malformed one is refused rather than ignored, so a client with a
 * broken header learns it at once.
 */
final class BearerTokenConverter implements AuthenticationConverter {

    private static final String SCHEME = "Bearer";

    static boolean presentsBearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && (header.length() == SCHEME.length() || header.charAt(SCHEME.length()) == ' ');
    }

    @Override
    public Authentication convert(HttpServletRequest request) {
        if (!presentsBearer(request)) {
            return null;
        }
        String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(SCHEME.length()).strip();
        if (secret.isEmpty() || secret.contains(" ")) {
            throw new BadCredentialsException("The Authorization header must be 'Bearer' and one token.");
        }
        return ApiTokenAuthentication.presented(secret);
    }
}
