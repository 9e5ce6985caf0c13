package org.guildmark.app.security;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tokens}: API tokens for machine clients. An admin creates, lists and revokes tokens of any
 * organization; a production account those of its own organization. The secret is in the creation answer only.
 * Path rules are in {@link ApiSecurity}.
 */
@RestController
@RequestMapping(ApiSecurity.TOKENS)
class TokenController {

    private final TokenManagement management;
    private final ApiCallers callers;

    TokenController(TokenManagement management, ApiCallers callers) {
        this.management = management;
        this.callers = callers;
    }

    /**
     * @param name         what the token is for, e.g. {@code voice pipeline}
     * @param scopes       scope codes, e.g. {@code ["consent:check"]}
     * @param expiresAt    when it stops working (default 90 days from now, at most 366)
     * @param organization the organization it acts for: required of an admin, an account's own by default
     */
    record CreateToken(String name, List<String> scopes, Instant expiresAt, UUID organization) {
    }

    /** The most tokens one answer lists. */
    static final int MAX_PAGE = 1000;

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
        IssuedToken issued = management.issue(new TokenManagement.Request(request.name(), request.scopes(),
                request.expiresAt(), request.organization()), caller.role(), caller.organization(),
                authentication.getName());
        return ResponseEntity.created(URI.create(ApiSecurity.TOKENS + "/" + issued.token().id()))
                .body(TokenView.of(issued.token(), issued.secret()));
    }

    /**
     * The tokens the caller manages, newest first: {@code limit} (1 to 1000) from {@code offset}, as a JSON array;
     * when more follow, a {@code Link} header (RFC 8288) names the next page with {@code rel="next"}.
     */
    @GetMapping
    ResponseEntity<List<TokenView>> list(@RequestParam(defaultValue = "1000") int limit,
            @RequestParam(defaultValue = "0") int offset, Authentication authentication) {
        if (limit < 1 || limit > MAX_PAGE || offset < 0) {
            throw new BadApiRequest("", "limit must be 1 to " + MAX_PAGE + " and offset 0 or more.");
        }
        ApiCaller caller = callers.of(authentication);
        List<ApiToken> read = management.visible(caller.role(), caller.organization(), limit + 1, offset);
        List<TokenView> tokens = read.stream().limit(limit).map(t -> TokenView.of(t, null)).toList();
        var answer = ResponseEntity.ok();
        if (read.size() > limit) {
            answer.header(HttpHeaders.LINK, "<" + ApiSecurity.TOKENS + "?limit=" + limit + "&offset="
                    + (offset + limit) + ">; rel=\"next\"");
        }
        return answer.body(tokens);
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
        return management.revoke(tokenId, caller.role(), caller.organization())
                .map(t -> ResponseEntity.ok(TokenView.of(t, null)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @ExceptionHandler
    ProblemDetail refused(TokenManagement.Refused refused) {
        if (!refused.forbidden()) {
            return ApiRequestProblems.of(new BadApiRequest("/" + refused.field(), refused.getMessage()));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refused.getMessage());
        problem.setTitle("Forbidden");
        problem.setProperty("pointer", "/" + refused.field());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail badRequest(BadApiRequest bad) {
        return ApiRequestProblems.of(bad);
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        return ApiRequestProblems.of(unreadable);
    }
}
