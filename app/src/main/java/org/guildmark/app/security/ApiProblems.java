package org.guildmark.app.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers when security refuses a request, as RFC 9457 problem details: 401 with
 * {@code WWW-Authenticate: Bearer} (RFC 6750) for a missing or bad token, 403 for a caller who may not. API clients
 * get these instead of the browser's sign-in redirect.
 */
final class ApiProblems implements AuthenticationEntryPoint, AuthenticationFailureHandler, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** No credentials at all. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"guildmark\"");
        write(response, HttpStatus.UNAUTHORIZED, "Authentication required",
                "Send an API token as 'Authorization: Bearer gmk_...', or sign in.", request);
    }

    /** A token was presented and refused: unknown, revoked or expired. */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"guildmark\", error=\"invalid_token\"");
        write(response, HttpStatus.UNAUTHORIZED, "Invalid API token", failure.getMessage(), request);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (denied instanceof CsrfException) {
            write(response, HttpStatus.FORBIDDEN, "CSRF token missing",
                    "A call from a signed-in browser session must carry its CSRF token; machine clients send an "
                            + "API token as 'Authorization: Bearer gmk_...' instead.", request);
            return;
        }
        write(response, HttpStatus.FORBIDDEN, "Forbidden",
                "Your role or your token's scopes do not allow this request.", request);
    }

    /** A signed-in account whose password someone else set calls the API before choosing its own. */
    static void passwordChangeRequired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Password change required",
                "This account's password was set by someone else. Choose your own at "
                        + AccountSessionCheck.PASSWORD_PAGE + " before using the API.", request);
    }

    private static void write(HttpServletResponse response, HttpStatus status, String title, String detail,
            HttpServletRequest request) throws IOException {
        // The members of an RFC 9457 problem, as the MVC layer writes a ProblemDetail.
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
