package org.guildmark.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps the current session signed in after its own account changed in a way that ends sessions: its holder chose
 * a new password. Every other session of the account ends; this one is signed in again at the account's new
 * session epoch, under a new session id.
 */
@Component
public class SignedInSessions {

    private final Accounts accounts;
    private final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    SignedInSessions(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Signs the request's session in again as its account is now; a session of any other kind is left as is. */
    public void renew(Authentication current, HttpServletRequest request, HttpServletResponse response) {
        if (!(current.getPrincipal() instanceof AccountPrincipal principal)) {
            return;
        }
        Account account = accounts.find(principal.accountId()).orElseThrow();
        Authentication renewed;
        if (principal instanceof AccountOidcUser oidc && current instanceof OAuth2AuthenticationToken token) {
            AccountOidcUser user = oidc.renewedFor(account);
            renewed = new OAuth2AuthenticationToken(user, user.getAuthorities(),
                    token.getAuthorizedClientRegistrationId());
        } else {
            SignedInAccount user = new SignedInAccount(account);
            user.eraseCredentials();
            renewed = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        }
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(renewed);
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
