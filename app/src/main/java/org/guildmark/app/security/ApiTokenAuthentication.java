package org.guildmark.app.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by an API token, or (before {@link ApiTokenVerifier} has looked) one that presents a
 * secret. The authorities are the token's scopes ({@code SCOPE_consent:check}); a token holds no role, so no path
 * meant for accounts admits it.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final transient ApiToken token;
    private transient String secret;

    private ApiTokenAuthentication(ApiToken token, String secret) {
        super(token == null ? List.of()
                : token.scopes().stream().map(scope -> new SimpleGrantedAuthority(scope.authority())).toList());
        this.token = token;
        this.secret = secret;
        setAuthenticated(token != null);
    }

    /** A secret as presented, not yet verified. */
    static ApiTokenAuthentication presented(String secret) {
        return new ApiTokenAuthentication(null, secret);
    }

    static ApiTokenAuthentication verified(ApiToken token) {
        return new ApiTokenAuthentication(token, null);
    }

    /** The verified token; null before verification. */
    ApiToken token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return secret;
    }

    /** The token (verified) or nothing identifying (presented): never the secret. */
    @Override
    public Object getPrincipal() {
        return token;
    }

    @Override
    public String getName() {
        return token == null ? "api-token" : "api-token:" + token.id();
    }

    @Override
    public void eraseCredentials() {
        secret = null;
        super.eraseCredentials();
    }
}
