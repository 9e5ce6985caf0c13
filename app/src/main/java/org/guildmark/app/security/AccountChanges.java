package org.guildmark.app.security;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Changes to an account that end what it was doing: its live sessions end on their next request, on every node
 * (the account's session epoch moves on, {@link Accounts}), and when its authority changes its API tokens are
 * revoked. A token acts with the authority of the account that created it, so it must not outlive a disabled
 * account, a role or binding taken away, or a password reset (which an admin makes when the account may be in
 * the wrong hands). Each change is one transaction. Logs name accounts by id only.
 */
@Service
public class AccountChanges {

    private static final Logger log = LoggerFactory.getLogger(AccountChanges.class);

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final AccountSessions sessions;
    private final TransactionOperations transactions;

    AccountChanges(Accounts accounts, ApiTokens tokens, AccountSessions sessions, TransactionOperations transactions) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.sessions = sessions;
        this.transactions = transactions;
    }

    /** Disables an account: it cannot sign in, its sessions end and its tokens are revoked. */
    public boolean disable(UUID account) {
        return changed(account, "disabled", () -> accounts.setEnabled(account, false), true);
    }

    /** Enables an account again; the tokens revoked when it was disabled stay revoked. */
    public boolean enable(UUID account) {
        return changed(account, "enabled", () -> accounts.setEnabled(account, true), false);
    }

    /**
     * An admin sets the password (generated or entered): the holder must replace it at the next sign-in, the
     * account's sessions end and its tokens are revoked.
     */
    public boolean resetPassword(UUID account, CharSequence password) {
        return changed(account, "password reset",
                () -> accounts.changePassword(account, password, PasswordKind.TEMPORARY), true);
    }

    /**
     * The holder chose a new password: every session of the account ends, the one that changed it included (its
     * caller signs it in again, {@link SignedInSessions#renew}); its tokens stay.
     */
    public boolean changeOwnPassword(UUID account, CharSequence password) {
        return changed(account, "password changed by its holder",
                () -> accounts.changePassword(account, password, PasswordKind.OWN), false);
    }

    /** Another role and binding: the sessions end (they carry the old role) and the tokens are revoked. */
    public boolean changeRole(UUID account, Role role, UUID organization, UUID person) {
        return changed(account, "role changed to " + role.code(),
                () -> accounts.changeRole(account, role, organization, person), true);
    }

    private interface Change {
        boolean apply();
    }

    private boolean changed(UUID account, String what, Change change, boolean revokeTokens) {
        Integer revoked = transactions.execute(status -> {
            var before = accounts.find(account);
            if (before.isEmpty() || !change.apply()) {
                return null;
            }
            return revokeTokens ? tokens.revokeMadeBy(before.get().username()) : 0;
        });
        sessions.forget(account);
        if (revoked == null) {
            return false;
        }
        log.info("Account {} {}: its sessions end{}", account, what,
                revoked > 0 ? "; " + revoked + " of its API tokens revoked" : "");
        return true;
    }
}
