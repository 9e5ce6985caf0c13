package org.guildmark.app.security;

import java.time.Clock;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * The server's web security. Every path has an explicit rule and anything not named needs a signed-in account.
 * Sign-in is a form at {@code /login} (the page is the web module's), sign-out a POST to {@code /logout}; both carry
 * a CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebSecurity {

    /** Allows only this server's own resources and no framing by anyone. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    @Bean
    SecurityFilterChain web(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc, Accounts accounts,
            @Value("${guildmark.oidc.username-claim:preferred_username}") String usernameClaim,
            AccountSessions sessions) throws Exception {
        if (oidc.getIfAvailable() != null) {
            // Only with a configured provider (docs/oidc.md); it maps to existing local accounts, never new ones.
            http.oauth2Login(login -> login
                    .loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcAccounts(accounts, usernameClaim))));
        }
        return http
                .authorizeHttpRequests(paths -> paths
                        // A load balancer probes these without an account.
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // The API description holds no data; machine clients read it before they have a token.
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        // The stylesheet and icon of every page, the sign-in page included.
                        .requestMatchers("/css/**", "/favicon.svg").permitAll()
                        // Account management and the server's metrics are for admins only.
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/actuator/metrics", "/actuator/metrics/**").hasRole(Role.ADMIN.name())
                        // The consent wallet: a performer's own, a representative's for the people they act for.
                        .requestMatchers("/wallet", "/wallet/**")
                                .hasAnyRole(Role.PERFORMER.name(), Role.REPRESENTATIVE.name())
                        // Fair labor (labor module): every signed-in account reads the guild's minimum rates;
                        // admins and officers create schedules and import versions.
                        .requestMatchers(HttpMethod.GET, "/rates", "/rates/**", "/api/v1/rate-schedules",
                                "/api/v1/rate-schedules/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/rates", "/rates/**")
                                .hasAnyRole(Role.ADMIN.name(), Role.OFFICER.name())
                        // A production's revenue reports and its participants' revenue-share statements.
                        .requestMatchers("/production/revenue", "/production/revenue/**")
                                .hasRole(Role.PRODUCTION.name())
                        // A production's displaced roles and the support it promised; the unions' view by Local
                        // (admins grant researchers their Locals under /admin/union-locals, admin-only above).
                        .requestMatchers("/production/displacements", "/production/displacements/**")
                                .hasRole(Role.PRODUCTION.name())
                        .requestMatchers(HttpMethod.GET, "/labor/displacement")
                                .hasAnyRole(Role.RESEARCHER.name(), Role.OFFICER.name(), Role.ADMIN.name())
                        // Training-use compensation: each sees the model-training consents the registry shows
                        // them; the grantee records payments.
                        .requestMatchers(HttpMethod.GET, "/labor/training-compensation",
                                "/labor/training-compensation.csv")
                                .hasAnyRole(Role.PERFORMER.name(), Role.REPRESENTATIVE.name(), Role.PRODUCTION.name(),
                                        Role.OFFICER.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/labor/training-compensation/payments")
                                .hasRole(Role.PRODUCTION.name())
                        // Workforce insights: aggregates only, suppressed under k, for researchers and the guild.
                        .requestMatchers(HttpMethod.GET, "/insights", "/insights.csv", "/insights.json")
                                .hasAnyRole(Role.RESEARCHER.name(), Role.OFFICER.name(), Role.ADMIN.name())
                        // A production's grants and the deletions it owes.
                        .requestMatchers("/production", "/production/**").hasRole(Role.PRODUCTION.name())
                        // Every account chooses its own password; API tokens are for the roles that may hold them.
                        .requestMatchers("/account/password").authenticated()
                        .requestMatchers("/account/tokens", "/account/tokens/**")
                                .hasAnyRole(Role.ADMIN.name(), Role.PRODUCTION.name())
                        // The guild's public keys: anyone verifies receipts and certificates against them.
                        .requestMatchers(HttpMethod.GET, "/.well-known/jwks.json").permitAll()
                        // Certificates, status lists and the public pages: anyone verifies, no account needed.
                        .requestMatchers(HttpMethod.GET, "/status/*", "/certificates/*", "/productions/*")
                                .permitAll()
                        .requestMatchers(HttpMethod.GET, "/verify").permitAll()
                        .requestMatchers(HttpMethod.POST, "/verify").permitAll()
                        // Certification officers review submissions and change certificates' status.
                        .requestMatchers("/review", "/review/**").hasRole(Role.OFFICER.name())
                        // The transparency log: its checkpoints, entries and proofs are public by design.
                        .requestMatchers(HttpMethod.GET, "/log/checkpoint", "/log/entries", "/log/proof/inclusion",
                                "/log/proof/consistency").permitAll()
                        // Enforcement: anyone reports a violation, and follows it up with a receipt, without an
                        // account; public sanctions are public; the ethics committee works the cases.
                        .requestMatchers(HttpMethod.GET, "/complaints/new", "/complaints/receipt",
                                "/complaints/receipt/case", "/sanctions/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/complaints", "/complaints/receipt",
                                "/complaints/receipt/*", "/api/v1/complaints").permitAll()
                        .requestMatchers("/committee", "/committee/**", "/api/v1/cases", "/api/v1/cases/**")
                                .hasRole(Role.COMMITTEE.name())
                        // Error pages rendered for a request that was already let through.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        // Deny by default: everything else, known or not, needs a signed-in account.
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                // A session whose account changed ends; a password someone else set is replaced first.
                .addFilterBefore(new AccountSessionCheck(sessions), AnonymousAuthenticationFilter.class)
                // API callers without credentials get a 401 problem, not a sign-in page meant for people.
                // Named in this order, so people get the sign-in page whatever their Accept header says: the
                // form-login entry point alone answers only requests asking for HTML.
                .exceptionHandling(refusals -> refusals
                        .defaultAuthenticationEntryPointFor(new ApiProblems(), pathPattern("/api/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE))
                .logout(logout -> logout.permitAll())
                // The complaint API rides on no session (a named complaint carries its name in the body): nothing
                // for a cross-site request to borrow, and a client without a session can call it.
                .csrf(csrf -> csrf.ignoringRequestMatchers(pathPattern(HttpMethod.POST, "/api/v1/complaints")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /** Hashes new passwords with bcrypt and reads every hash format Spring Security knows, by its prefix. */
    @Bean
    static PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle(Clock clock) {
        return new LoginThrottle(clock);
    }

    /** The one way to sign in; Spring Security's global authentication manager picks it up as the only provider. */
    @Bean
    AuthenticationProvider accountAuthentication(Accounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        return new AccountAuthentication(accounts, encoder, throttle);
    }

    @Bean
    AdminBootstrap adminBootstrap(Accounts accounts, @Value("${guildmark.admin-password:}") String adminPassword) {
        return new AdminBootstrap(accounts, adminPassword, System.out);
    }
}
