package org.guildmark.app.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a user the OIDC provider signed in into the local account whose username equals a configured claim
 * ({@code guildmark.oidc.username-claim}, default {@code preferred_username}; {@code email} is the other usual
 * choice). The provider proves who someone is; what they may do stays with the local account and its role. A user
 * with no such account, or a disabled one, is refused: nobody is ever created, or given a role, by signing in.
 */
final class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(OidcAccounts.class);

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final Accounts accounts;
    private final String claim;

    OidcAccounts(Accounts accounts, String claim) {
        this(new OidcUserService(), accounts, claim);
    }

    OidcAccounts(OAuth2UserService<OidcUserRequest, OidcUser> provider, Accounts accounts, String claim) {
        this.provider = provider;
        this.accounts = accounts;
        this.claim = claim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = provider.loadUser(request);
        Object value = user.getClaims().get(claim);
        Account account = value instanceof String username && !username.isBlank()
                ? accounts.find(username).filter(Account::enabled).orElse(null) : null;
        if (account == null) {
            // The log names neither the claim's value nor the subject: both are personal.
            log.warn("OIDC sign-in refused: no enabled local account matches the '{}' claim", claim);
            throw new OAuth2AuthenticationException(new OAuth2Error("unknown_account",
                    "No Guildmark account matches this sign-in; ask an administrator to create one.", null));
        }
        // The name of the signed-in principal is the local username, as after a password sign-in.
        return new AccountOidcUser(account, List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())),
                user.getIdToken(), user.getUserInfo(), claim);
    }
}
