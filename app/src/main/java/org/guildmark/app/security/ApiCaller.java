package org.guildmark.app.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling the API: a signed-in account (with its role) or an API token (no role, its scopes).
 *
 * @param role         the account's role, or null for a token
 * @param organization the organization the caller acts for (a production account's, a token's), or null
 * @param token        the token's id, or null for an account
 */
public record ApiCaller(Role role, UUID organization, Set<TokenScope> scopes, UUID token) {

    public ApiCaller {
        scopes = Set.copyOf(scopes);
    }

    /** Admins and officers act for the guild, not for one organization. */
    public boolean actsForGuild() {
        return role == Role.ADMIN || role == Role.OFFICER;
    }

    /** Whether the caller may act on the affairs of {@code organization}. */
    public boolean mayActFor(UUID organization) {
        return actsForGuild() || (this.organization != null && this.organization.equals(organization));
    }
}
