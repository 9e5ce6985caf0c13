package org.guildmark.app.security;

import java.util.UUID;

/**
 * The principal of a session signed in to a local account, by password or through OIDC: which account, and the
 * account's session epoch at sign-in. {@link AccountSessionCheck} ends the session once the account's epoch moves
 * on.
 */
public interface AccountPrincipal {

    UUID accountId();

    int sessionEpoch();
}
