package org.guildmark.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Who may create, see and revoke which API tokens, decided once for the API ({@link TokenController}) and the
 * token pages: an admin for any organization, a production account for its own, with the scopes
 * {@link TokenScope#grantableBy its role} may give; nobody else. Logs name tokens and accounts by id only.
 */
@Service
public class TokenManagement {

    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
    public static final Duration MAX_LIFETIME = Duration.ofDays(366);
    public static final int MAX_NAME = 100;

    private static final Logger log = LoggerFactory.getLogger(TokenManagement.class);

    private final ApiTokens tokens;
    private final Clock clock;

    TokenManagement(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * A token as asked for.
     *
     * @param scopes       scope codes, e.g. {@code consent:check}
     * @param expiresAt    when it stops working, or null for {@link #DEFAULT_LIFETIME} from now
     * @param organization the organization it acts for: required of an admin, an account's own by default
     */
    public record Request(String name, List<String> scopes, Instant expiresAt, UUID organization) {
    }

    /**
     * A request refused: {@code field} is what is wrong ({@code name}, {@code scopes}, {@code scopes/2},
     * {@code expiresAt}, {@code organization}); {@code forbidden} when the caller may not act for the organization
     * at all, rather than having asked badly.
     */
    public static final class Refused extends RuntimeException {
        private final String field;
        private final boolean forbidden;

        Refused(String field, String message, boolean forbidden) {
            super(message, null, false, false);
            this.field = field;
            this.forbidden = forbidden;
        }

        public String field() {
            return field;
        }

        public boolean forbidden() {
            return forbidden;
        }
    }

    /** Creates a token for the caller, or refuses with what is wrong; the secret is in the answer only. */
    public IssuedToken issue(Request request, Role role, UUID callerOrganization, String createdBy) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new Refused("name", "Name the token (1 to " + MAX_NAME
                    + " characters), e.g. what uses it: \"voice pipeline\".", false);
        }
        Set<TokenScope> scopes = scopes(request.scopes(), role);
        Instant now = clock.instant();
        Instant expiresAt = request.expiresAt() != null ? request.expiresAt() : now.plus(DEFAULT_LIFETIME);
        if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            throw new Refused("expiresAt", "expiresAt must be in the future and at most "
                    + MAX_LIFETIME.toDays() + " days from now.", false);
        }
        UUID organization = organization(request.organization(), role, callerOrganization);
        IssuedToken issued;
        try {
            issued = tokens.issue(organization, name, scopes, expiresAt, createdBy);
        } catch (DataIntegrityViolationException noSuchOrganization) {
            throw new Refused("organization", "No organization has the id " + organization + ".", false);
        }
        log.info("API token {} created for organization {}", issued.token().id(), organization);
        return issued;
    }

    /** Whether an account of {@code role} acting for {@code organization} may see and revoke the token. */
    public static boolean manages(ApiToken token, Role role, UUID organization) {
        return role == Role.ADMIN
                || (role == Role.PRODUCTION && organization != null && token.organization().equals(organization));
    }

    /** The tokens the caller manages, newest first: all for an admin, its organization's for a production. */
    public List<ApiToken> visible(Role role, UUID organization, int limit, int offset) {
        if (role == Role.ADMIN) {
            return tokens.list(null, limit, offset);
        }
        if (role != Role.PRODUCTION || organization == null) {
            return List.of();
        }
        return tokens.list(organization, limit, offset);
    }

    /** The token, if the caller manages it; another organization's token looks like no token at all. */
    public Optional<ApiToken> find(UUID id, Role role, UUID organization) {
        return tokens.find(id).filter(t -> manages(t, role, organization));
    }

    /** Revokes a token the caller manages; empty when it manages no such token. */
    public Optional<ApiToken> revoke(UUID id, Role role, UUID organization) {
        if (find(id, role, organization).isEmpty()) {
            return Optional.empty();
        }
        Optional<ApiToken> revoked = tokens.revoke(id);
        log.info("API token {} revoked", id);
        return revoked;
    }

    private static Set<TokenScope> scopes(List<String> codes, Role role) {
        if (codes == null || codes.isEmpty()) {
            throw new Refused("scopes", "Name at least one scope, e.g. [\"consent:check\"].", false);
        }
        Set<TokenScope> grantable = TokenScope.grantableBy(role);
        Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        for (int i = 0; i < codes.size(); i++) {
            String field = "scopes/" + i;
            String code = codes.get(i);
            TokenScope scope = TokenScope.ofCode(code).orElseThrow(() -> new Refused(field,
                    "Unknown scope '" + code + "'; known: " + known() + ".", false));
            if (!grantable.contains(scope)) {
                throw new Refused(field, "Your role may not give a token the scope '" + code + "'.", true);
            }
            scopes.add(scope);
        }
        return scopes;
    }

    private static String known() {
        return String.join(", ", EnumSet.allOf(TokenScope.class).stream().map(TokenScope::code).toList());
    }

    private static UUID organization(UUID requested, Role role, UUID own) {
        if (role == Role.ADMIN) {
            if (requested == null) {
                throw new Refused("organization", "Name the organization the token acts for (its id).", false);
            }
            return requested;
        }
        if (role != Role.PRODUCTION || own == null || (requested != null && !requested.equals(own))) {
            throw new Refused("organization", "A production account creates tokens for its own organization only.",
                    true);
        }
        return own;
    }
}
