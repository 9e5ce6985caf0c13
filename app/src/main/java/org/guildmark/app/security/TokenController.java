package org.guildmark.app.security;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tokens}: API tokens for machine clients. An admin creates, lists and revokes tokens of any
 * organization; a production account those of its own organization. The secret is in the creation answer only.
 * Path rules are in {@link ApiSecurity}.
 */
@RestController
@RequestMapping(ApiSecurity.TOKENS)
class TokenController {

    static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
    static final Duration MAX_LIFETIME = Duration.ofDays(366);
    static final int MAX_NAME = 100;

    private final ApiTokens tokens;
    private final ApiCallers callers;
    private final Clock clock;

    TokenController(ApiTokens tokens, ApiCallers callers, Clock clock) {
        this.tokens = tokens;
        this.callers = callers;
        this.clock = clock;
    }

    /**
     * @param name         what the token is for, e.g. {@code voice pipeline}
     * @param scopes       scope codes, e.g. {@code ["consent:check"]}
     * @param expiresAt    when it stops working (default 90 days from now, at most 366)
     * @param organization the organization it acts for: required of an admin, an account's own by default
     */
    record CreateToken(String name, List<String> scopes, Instant expiresAt, UUID organization) {
    }

    /** A token as listed; {@code token} (the secret) only in the answer that created it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TokenView(UUID id, UUID organization, String name, String prefix, List<String> scopes, String createdBy,
            Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt, String token) {

        static TokenView of(ApiToken t, String secret) {
            return new TokenView(t.id(), t.organization(), t.name(), t.prefix(),
                    t.scopes().stream().map(TokenScope::code).sorted().toList(), t.createdBy(), t.createdAt(),
                    t.expiresAt(), t.revokedAt(), t.lastUsedAt(), secret);
        }
    }

    @PostMapping
    ResponseEntity<TokenView> create(@RequestBody(required = false) CreateToken request,
            Authentication authentication) {
        if (request == null) {
            throw new BadApiRequest("", "Send a JSON body: {\"name\": \"...\", \"scopes\": [\"consent:check\"]}.");
        }
        ApiCaller caller = callers.of(authentication);
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new BadApiRequest("/name", "Name the token (1 to " + MAX_NAME
                    + " characters), e.g. what uses it: \"voice pipeline\".");
        }
        Set<TokenScope> scopes = scopes(request.scopes());
        Instant now = clock.instant();
        Instant expiresAt = request.expiresAt() != null ? request.expiresAt() : now.plus(DEFAULT_LIFETIME);
        if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            throw new BadApiRequest("/expiresAt", "expiresAt must be in the future and at most "
                    + MAX_LIFETIME.toDays() + " days from now.");
        }
        UUID organization = organization(request.organization(), caller);
        IssuedToken issued;
        try {
            issued = tokens.issue(organization, name, scopes, expiresAt, authentication.getName());
        } catch (DataIntegrityViolationException noSuchOrganization) {
            throw new BadApiRequest("/organization", "No organization has the id " + organization + ".");
        }
        return ResponseEntity.created(URI.create(ApiSecurity.TOKENS + "/" + issued.token().id()))
                .body(TokenView.of(issued.token(), issued.secret()));
    }

    @GetMapping
    List<TokenView> list(Authentication authentication) {
        ApiCaller caller = callers.of(authentication);
        if (caller.role() == Role.ADMIN) {
            return tokens.list(null).stream().map(t -> TokenView.of(t, null)).toList();
        }
        if (caller.organization() == null) {
            return List.of();
        }
        return tokens.list(caller.organization()).stream().map(t -> TokenView.of(t, null)).toList();
    }

    /** Revokes at once; the token is kept, revoked, in the list. Another organization's token is "not found". */
    @DeleteMapping("/{id}")
    ResponseEntity<TokenView> revoke(@PathVariable String id, Authentication authentication) {
        ApiCaller caller = callers.of(authentication);
        UUID tokenId;
        try {
            tokenId = UUID.fromString(id);
        } catch (IllegalArgumentException notUuid) {
            return ResponseEntity.notFound().build();
        }
        var token = tokens.find(tokenId)
                .filter(t -> caller.role() == Role.ADMIN || t.organization().equals(caller.organization()));
        if (token.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(TokenView.of(tokens.revoke(tokenId).orElseThrow(), null));
    }

    private static Set<TokenScope> scopes(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw new BadApiRequest("/scopes", "Name at least one scope, e.g. [\"consent:check\"].");
        }
        Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        for (int i = 0; i < codes.size(); i++) {
            int at = i;
            scopes.add(TokenScope.ofCode(codes.get(i)).orElseThrow(() -> new BadApiRequest("/scopes/" + at,
                    "Unknown scope '" + codes.get(at) + "'; known: " + known() + ".")));
        }
        return scopes;
    }

    private static String known() {
        return String.join(", ", EnumSet.allOf(TokenScope.class).stream().map(TokenScope::code).toList());
    }

    private static UUID organization(UUID requested, ApiCaller caller) {
        if (caller.role() == Role.ADMIN) {
            if (requested == null) {
                throw new BadApiRequest("/organization", "Name the organization the token acts for (its id).");
            }
            return requested;
        }
        if (caller.organization() == null) {
            throw new NotYourOrganization();
        }
        if (requested != null && !requested.equals(caller.organization())) {
            throw new NotYourOrganization();
        }
        return caller.organization();
    }

    /** A production account asks for a token of an organization it does not act for. */
    static final class NotYourOrganization extends RuntimeException {
        NotYourOrganization() {
            super("A production account creates tokens for its own organization only.", null, false, false);
        }
    }

    @ExceptionHandler
    ProblemDetail badRequest(BadApiRequest bad) {
        return ApiRequestProblems.of(bad);
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        return ApiRequestProblems.of(unreadable);
    }

    @ExceptionHandler
    ProblemDetail notYours(NotYourOrganization refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refused.getMessage());
        problem.setTitle("Forbidden");
        problem.setProperty("pointer", "/organization");
        return problem;
    }
}
