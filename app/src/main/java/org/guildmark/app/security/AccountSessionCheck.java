package org.guildmark.app.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every request of a signed-in session against its account as stored ({@link AccountSessions}), in both
 * filter chains, after the session's sign-in is loaded and before anonymous visitors are named:
 *
 * <ul>
 *   <li>An account that is gone, disabled, or whose session epoch moved on since the session signed in (role,
 *       binding or password changed) ends the session: the request goes on as an anonymous visitor's, so a page
 *       sends it to sign in and the API answers 401. The sign-in page then says why
 *       ({@link AccountSessions#ENDED}).</li>
 *   <li>An account whose password someone else set may only choose its own ({@link #PASSWORD_PAGE}) or sign out:
 *       pages redirect there, the API answers 403 with a problem saying so.</li>
 * </ul>
 *
 * Requests authenticated otherwise (API tokens) pass untouched; their tokens end with their account
 * ({@link AccountChanges}).
 */
final class AccountSessionCheck extends OncePerRequestFilter {

    /** Where an account whose password was set by someone else chooses its own. */
    static final String PASSWORD_PAGE = "/account/password";

    private static final Logger log = LoggerFactory.getLogger(AccountSessionCheck.class);

    private final AccountSessions sessions;

    AccountSessionCheck(AccountSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            Optional<Account> account = sessions.current(principal.accountId());
            if (account.isEmpty() || !account.get().enabled()
                    || account.get().sessionEpoch() != principal.sessionEpoch()) {
                end(request, principal);
            } else if (account.get().mustChangePassword() && !usableBeforeTheChange(path(request))) {
                if (api(path(request))) {
                    ApiProblems.passwordChangeRequired(request, response);
                } else {
                    response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void end(HttpServletRequest request, AccountPrincipal principal) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        if (!api(path(request))) {
            request.getSession(true).setAttribute(AccountSessions.ENDED, Boolean.TRUE);
        }
        log.info("A session of account {} ended: the account was changed, disabled or removed",
                principal.accountId());
    }

    /** What an account must still reach before it has chosen its own password. */
    private static boolean usableBeforeTheChange(String path) {
        return path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.equals("/login")
                || path.startsWith("/css/") || path.equals("/favicon.svg") || path.equals("/error");
    }

    private static boolean api(String path) {
        return path.startsWith("/api/");
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
