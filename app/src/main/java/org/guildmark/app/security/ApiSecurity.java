package org.guildmark.app.security;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * The security of the machine API, a filter chain of its own ahead of the web chain in {@link WebSecurity}. It
 * covers the token and consent-check paths, and every {@code /api/**} request that presents a bearer token.
 *
 * <p>Callers are API tokens ({@code Authorization: Bearer gmk_...}, see {@link ApiTokens}) or signed-in accounts
 * (their browser session). CSRF protection stays on for session calls and is skipped only for requests that carry
 * a bearer token: a browser never adds that header on its own, so a cross-site request cannot ride on it. Refusals
 * are problem details (401 with {@code WWW-Authenticate: Bearer}, 403), never a sign-in redirect.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    static final String TOKENS = "/api/v1/tokens";
    static final String CONSENT_CHECKS = "/api/v1/consent-checks";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Clock clock, AccountSessions accounts)
            throws Exception {
        ApiProblems problems = new ApiProblems();
        RequestMatcher bearer = BearerTokenConverter::presentsBearer;
        AuthenticationFilter bearerTokens =
                new AuthenticationFilter(new ProviderManager(new ApiTokenVerifier(tokens, clock)),
                        new BearerTokenConverter());
        bearerTokens.setFailureHandler(problems);
        // Authenticated: go on to the endpoint (the default would redirect, as after a form sign-in).
        bearerTokens.setSuccessHandler((request, response, authentication) -> { });
        return http
                .securityMatcher(new OrRequestMatcher(
                        pathPattern(TOKENS), pathPattern(TOKENS + "/**"),
                        pathPattern(CONSENT_CHECKS), pathPattern(CONSENT_CHECKS + "/**"),
                        new AndRequestMatcher(pathPattern("/api/**"), bearer)))
                .authorizeHttpRequests(paths -> paths
                        // Tokens are managed by accounts only: a token cannot mint or revoke tokens.
                        .requestMatchers(pathPattern(TOKENS), pathPattern(TOKENS + "/**"))
                                .hasAnyRole(Role.ADMIN.name(), Role.PRODUCTION.name())
                        // The grantee's token, or an account of the grantee organization, admin and officer. Which
                        // organization's grants a caller may ask about is decided per query by the endpoint.
                        .requestMatchers(pathPattern(HttpMethod.POST, CONSENT_CHECKS),
                                pathPattern(HttpMethod.POST, CONSENT_CHECKS + "/batch"))
                                .hasAnyAuthority("ROLE_" + Role.ADMIN.name(), "ROLE_" + Role.OFFICER.name(),
                                        "ROLE_" + Role.PRODUCTION.name(), TokenScope.CONSENT_CHECK.authority())
                        // Deny by default: no scope grants anything else yet.
                        .anyRequest().denyAll())
                .addFilterBefore(bearerTokens, LogoutFilter.class)
                .addFilterBefore(new AccountSessionCheck(accounts), AnonymousAuthenticationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(bearer))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(refusals -> refusals
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(WebSecurity.CONTENT_SECURITY_POLICY)))
                .build();
    }
}
