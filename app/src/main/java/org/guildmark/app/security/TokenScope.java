package org.guildmark.app.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an API token may do. A token holds one or more scopes; each is an authority {@code SCOPE_<code>} of the
 * token's authentication, which the API's path rules ask for. New scopes (e.g. {@code submissions:write}) are added
 * here and in {@link ApiSecurity}.
 */
public enum TokenScope {
    /** Ask the registry whether a use of someone's likeness is covered by consent. */
    CONSENT_CHECK("consent:check");

    private final String code;

    TokenScope(String code) {
        this.code = code;
    }

    /** The code a client names and the database stores, e.g. {@code consent:check}. */
    public String code() {
        return code;
    }

    /** The authority a token with this scope holds. */
    public String authority() {
        return "SCOPE_" + code;
    }

    /**
     * The scopes an account of {@code role} may put in a token: every scope for an admin (any organization's
     * tokens), those of its organization's machines for a production account, none for the other roles.
     */
    public static Set<TokenScope> grantableBy(Role role) {
        return switch (role) {
            case ADMIN -> EnumSet.allOf(TokenScope.class);
            case PRODUCTION -> EnumSet.of(CONSENT_CHECK);
            default -> EnumSet.noneOf(TokenScope.class);
        };
    }

    public static Optional<TokenScope> ofCode(String code) {
        for (TokenScope scope : values()) {
            if (scope.code.equals(code)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
