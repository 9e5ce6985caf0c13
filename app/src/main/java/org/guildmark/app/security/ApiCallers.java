package org.guildmark.app.security;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** Tells the API who an authenticated request comes from. */
@Component
public class ApiCallers {

    private final Accounts accounts;

    ApiCallers(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * The caller behind {@code authentication}: a token's organization and scopes, or an account's role and
     * organization. An account the registry does not hold (none in practice: sign-in reads it) acts for no
     * organization.
     */
    public ApiCaller of(Authentication authentication) {
        if (authentication instanceof ApiTokenAuthentication byToken && byToken.token() != null) {
            ApiToken token = byToken.token();
            return new ApiCaller(null, token.organization(), token.scopes(), token.id());
        }
        Role role = roleOf(authentication);
        var account = accounts.find(authentication.getName());
        return new ApiCaller(role, account.map(Account::organization).orElse(null), Set.of(), null);
    }

    private static Role roleOf(Authentication authentication) {
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                for (Role role : Role.values()) {
                    if (role.name().equals(name.substring("ROLE_".length()))) {
                        return role;
                    }
                }
            }
        }
        return null;
    }
}
