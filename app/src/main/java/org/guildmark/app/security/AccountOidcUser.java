package org.guildmark.app.security;

import java.util.Collection;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** An OIDC sign-in's principal: the provider's user, named as the local account, with its id and session epoch. */
final class AccountOidcUser extends DefaultOidcUser implements AccountPrincipal {

    private final UUID accountId;
    private final int sessionEpoch;
    private final String username;
    private final String nameClaim;

    AccountOidcUser(Account account, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
            OidcUserInfo userInfo, String nameClaim) {
        super(authorities, idToken, userInfo, nameClaim);
        this.accountId = account.id();
        this.sessionEpoch = account.sessionEpoch();
        this.username = account.username();
        this.nameClaim = nameClaim;
    }

    /** The same provider user, for the account as it is now (after its holder changed the password). */
    AccountOidcUser renewedFor(Account account) {
        return new AccountOidcUser(account, getAuthorities(), getIdToken(), getUserInfo(), nameClaim);
    }

    @Override
    public UUID accountId() {
        return accountId;
    }

    @Override
    public int sessionEpoch() {
        return sessionEpoch;
    }

    /** The local username, as after a password sign-in. */
    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountOidcUser that && super.equals(that) && sessionEpoch == that.sessionEpoch;
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + sessionEpoch;
    }
}
