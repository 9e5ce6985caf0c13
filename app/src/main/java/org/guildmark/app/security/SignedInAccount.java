package org.guildmark.app.security;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A password sign-in's principal: Spring's user details with the account's id and session epoch. */
final class SignedInAccount extends User implements AccountPrincipal {

    private final UUID accountId;
    private final int sessionEpoch;

    SignedInAccount(Account account) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, true,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        this.accountId = account.id();
        this.sessionEpoch = account.sessionEpoch();
    }

    @Override
    public UUID accountId() {
        return accountId;
    }

    @Override
    public int sessionEpoch() {
        return sessionEpoch;
    }

    // User compares by username only; two principals of one account at different epochs are different sessions.
    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInAccount that && super.equals(that) && sessionEpoch == that.sessionEpoch;
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + sessionEpoch;
    }
}
