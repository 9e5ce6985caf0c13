package org.guildmark.app.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.http.HttpMethod;

/**
 * Who may call what: one {@link Endpoint} per request the server answers, with what an anonymous visitor and an
 * account of each role get. Each module keeps its part in a list of its own and {@link #ALL} joins them, so a
 * module's endpoints and their expected access sit in one place.
 */
final class AccessMatrix {

    private AccessMatrix() {
    }

    /** What a caller gets: a status, and for a redirect where it leads. */
    record Outcome(int status, String redirect) {
        static Outcome ok() {
            return new Outcome(200, null);
        }

        static Outcome status(int status) {
            return new Outcome(status, null);
        }

        static Outcome to(String redirect) {
            return new Outcome(302, redirect);
        }

        /** Anonymous visitors are sent to sign in (deny by default). */
        static final Outcome SIGN_IN = to("/login");
        /** A signed-in account whose role may not. */
        static final Outcome FORBIDDEN = status(403);
    }

    /**
     * One request and what each caller gets.
     *
     * @param mapping   the mapped pattern (or sign-in filter) the request exercises
     * @param permitted the roles that get {@code whenPermitted}; every other role gets {@code otherwise}
     */
    record Endpoint(String mapping, HttpMethod method, String path, boolean withCsrf, Outcome anonymous,
                    Set<Role> permitted, Outcome whenPermitted, Outcome otherwise) {

        /** The same outcome for every signed-in role. */
        static Endpoint forAnyAccount(String mapping, HttpMethod method, String path, boolean withCsrf,
                                      Outcome anonymous, Outcome signedIn) {
            return new Endpoint(mapping, method, path, withCsrf, anonymous, EnumSet.allOf(Role.class), signedIn,
                    signedIn);
        }

        /** Anonymous visitors sign in; the named roles get {@code whenPermitted}, the others 403. */
        static Endpoint forRoles(String mapping, HttpMethod method, String path, boolean withCsrf,
                                 Outcome whenPermitted, Role first, Role... more) {
            return new Endpoint(mapping, method, path, withCsrf, Outcome.SIGN_IN, EnumSet.of(first, more),
                    whenPermitted, Outcome.FORBIDDEN);
        }

        /** The same endpoint with another answer for anonymous visitors. */
        Endpoint withAnonymous(Outcome outcome) {
            return new Endpoint(mapping, method, path, withCsrf, outcome, permitted, whenPermitted, otherwise);
        }

        Outcome expectedFor(Role role) {
            if (role == null) {
                return anonymous;
            }
            return permitted.contains(role) ? whenPermitted : otherwise;
        }

        @Override
        public String toString() {
            return method + " " + path + (withCsrf ? " (CSRF token)" : "");
        }
    }

    /** The server's foundation: health, sign-in and -out, API documentation, and what is not mapped at all. */
    static final List<Endpoint> FOUNDATION = List.of(
            Endpoint.forAnyAccount("/actuator/health", HttpMethod.GET, "/actuator/health", false,
                    Outcome.ok(), Outcome.ok()),
            Endpoint.forAnyAccount("/actuator/health/**", HttpMethod.GET, "/actuator/health/liveness", false,
                    Outcome.ok(), Outcome.ok()),
            Endpoint.forAnyAccount("/actuator/health/**", HttpMethod.GET, "/actuator/health/readiness", false,
                    Outcome.ok(), Outcome.ok()),
            Endpoint.forAnyAccount("/actuator/info", HttpMethod.GET, "/actuator/info", false,
                    Outcome.ok(), Outcome.ok()),
            Endpoint.forAnyAccount("/actuator", HttpMethod.GET, "/actuator", false, Outcome.SIGN_IN, Outcome.ok()),
            Endpoint.forAnyAccount("/error", HttpMethod.GET, "/error", false, Outcome.SIGN_IN, Outcome.status(500)),
            // The API description is public: it describes the API, holds no data, and machine clients read it.
            Endpoint.forAnyAccount("/v3/api-docs", HttpMethod.GET, "/v3/api-docs", false,
                    Outcome.ok(), Outcome.ok()),
            Endpoint.forAnyAccount("/v3/api-docs/swagger-config", HttpMethod.GET, "/v3/api-docs/swagger-config",
                    false, Outcome.ok(), Outcome.ok()),
            Endpoint.forAnyAccount("/v3/api-docs.yaml", HttpMethod.GET, "/v3/api-docs.yaml", false,
                    Outcome.ok(), Outcome.ok()),
            Endpoint.forAnyAccount("/swagger-ui.html", HttpMethod.GET, "/swagger-ui.html", false,
                    Outcome.to("/swagger-ui/index.html"), Outcome.to("/swagger-ui/index.html")),
            Endpoint.forAnyAccount("login", HttpMethod.POST, "/login", false,
                    Outcome.status(403), Outcome.status(403)),
            Endpoint.forAnyAccount("login", HttpMethod.POST, "/login", true,
                    Outcome.to("/login?error"), Outcome.to("/login?error")),
            Endpoint.forAnyAccount("logout", HttpMethod.POST, "/logout", false,
                    Outcome.status(403), Outcome.status(403)),
            Endpoint.forAnyAccount("logout", HttpMethod.POST, "/logout", true,
                    Outcome.to("/login?logout"), Outcome.to("/login?logout")),
            Endpoint.forAnyAccount("unmapped", HttpMethod.GET, "/no/such/page", false,
                    Outcome.SIGN_IN, Outcome.status(404)),
            Endpoint.forAnyAccount("unmapped", HttpMethod.GET, "/actuator/env", false,
                    Outcome.SIGN_IN, Outcome.status(404)));

    /** A random account id: admins find no such account, everyone else is refused before anything is looked up. */
    private static final String NO_SUCH_ACCOUNT = "/admin/accounts/5f1d7c2e-0000-4000-8000-000000000000";

    /** The web pages (layout, sign-in, home, errors), the admin's account pages and the admin-only metrics. */
    static final List<Endpoint> WEB = List.of(
            Endpoint.forAnyAccount("/", HttpMethod.GET, "/", false, Outcome.SIGN_IN, Outcome.ok()),
            Endpoint.forAnyAccount("/login", HttpMethod.GET, "/login", false, Outcome.ok(), Outcome.ok()),
            Endpoint.forAnyAccount("/login", HttpMethod.GET, "/login?error", false, Outcome.ok(), Outcome.ok()),
            // The sign-out confirmation is for signed-in accounts; the POST itself is open to all (FOUNDATION).
            Endpoint.forAnyAccount("/logout", HttpMethod.GET, "/logout", false, Outcome.SIGN_IN, Outcome.ok()),
            Endpoint.forAnyAccount("static", HttpMethod.GET, "/css/guildmark.css", false, Outcome.ok(), Outcome.ok()),
            Endpoint.forAnyAccount("static", HttpMethod.GET, "/favicon.svg", false, Outcome.ok(), Outcome.ok()),
            Endpoint.forRoles("/admin/accounts", HttpMethod.GET, "/admin/accounts", false, Outcome.ok(), Role.ADMIN),
            Endpoint.forRoles("/admin/accounts/new", HttpMethod.GET, "/admin/accounts/new", false, Outcome.ok(),
                    Role.ADMIN),
            // An empty form comes back with its messages.
            Endpoint.forRoles("/admin/accounts", HttpMethod.POST, "/admin/accounts", true, Outcome.ok(), Role.ADMIN),
            Endpoint.forAnyAccount("/admin/accounts", HttpMethod.POST, "/admin/accounts", false,
                    Outcome.FORBIDDEN, Outcome.FORBIDDEN),
            Endpoint.forRoles("/admin/accounts/{id}/disable", HttpMethod.POST, NO_SUCH_ACCOUNT + "/disable", true,
                    Outcome.status(404), Role.ADMIN),
            Endpoint.forAnyAccount("/admin/accounts/{id}/disable", HttpMethod.POST, NO_SUCH_ACCOUNT + "/disable",
                    false, Outcome.FORBIDDEN, Outcome.FORBIDDEN),
            Endpoint.forRoles("/admin/accounts/{id}/enable", HttpMethod.POST, NO_SUCH_ACCOUNT + "/enable", true,
                    Outcome.status(404), Role.ADMIN),
            Endpoint.forRoles("/admin/accounts/{id}/password", HttpMethod.GET, NO_SUCH_ACCOUNT + "/password", false,
                    Outcome.status(404), Role.ADMIN),
            Endpoint.forRoles("/admin/accounts/{id}/password", HttpMethod.POST, NO_SUCH_ACCOUNT + "/password", true,
                    Outcome.status(404), Role.ADMIN),
            Endpoint.forRoles("/admin/accounts/{id}/role", HttpMethod.GET, NO_SUCH_ACCOUNT + "/role", false,
                    Outcome.status(404), Role.ADMIN),
            Endpoint.forRoles("/admin/accounts/{id}/role", HttpMethod.POST, NO_SUCH_ACCOUNT + "/role", true,
                    Outcome.status(404), Role.ADMIN),
            Endpoint.forRoles("unmapped", HttpMethod.GET, "/admin/no/such/page", false, Outcome.status(404),
                    Role.ADMIN),
            Endpoint.forRoles("/actuator/metrics", HttpMethod.GET, "/actuator/metrics", false, Outcome.ok(),
                    Role.ADMIN),
            Endpoint.forRoles("/actuator/metrics/{requiredMetricName}", HttpMethod.GET,
                    "/actuator/metrics/jvm.memory.used", false, Outcome.ok(), Role.ADMIN));

    /** API callers without credentials get 401 with {@code WWW-Authenticate: Bearer}, not a sign-in redirect. */
    static final Outcome API_SIGN_IN = Outcome.status(401);

    /**
     * API tokens: created, listed and revoked by admins (any organization) and production accounts (their own).
     * A session call without its CSRF token is refused before anything else; bearer-token calls are tested in
     * ApiTokenAuthenticationTests. The requests here carry no body (400) and name no token (404).
     */
    static final List<Endpoint> TOKENS = List.of(
            new Endpoint("/api/v1/tokens", HttpMethod.POST, "/api/v1/tokens", true, API_SIGN_IN,
                    EnumSet.of(Role.ADMIN, Role.PRODUCTION), Outcome.status(400), Outcome.FORBIDDEN),
            Endpoint.forAnyAccount("/api/v1/tokens", HttpMethod.POST, "/api/v1/tokens", false,
                    Outcome.FORBIDDEN, Outcome.FORBIDDEN),
            new Endpoint("/api/v1/tokens", HttpMethod.GET, "/api/v1/tokens", false, API_SIGN_IN,
                    EnumSet.of(Role.ADMIN, Role.PRODUCTION), Outcome.ok(), Outcome.FORBIDDEN),
            new Endpoint("/api/v1/tokens/{id}", HttpMethod.DELETE,
                    "/api/v1/tokens/0b7d5a9c-8d4b-4c1a-9e2f-3f2a6c1e4e21", true, API_SIGN_IN,
                    EnumSet.of(Role.ADMIN, Role.PRODUCTION), Outcome.status(404), Outcome.FORBIDDEN),
            Endpoint.forAnyAccount("/api/v1/tokens/{id}", HttpMethod.DELETE,
                    "/api/v1/tokens/0b7d5a9c-8d4b-4c1a-9e2f-3f2a6c1e4e21", false,
                    Outcome.FORBIDDEN, Outcome.FORBIDDEN));

    /**
     * Consent checks: a grantee's token (scope consent:check), its production accounts, admins and officers. The
     * requests here carry no body (400); which grants each caller may ask about is tested in the consent module.
     */
    static final List<Endpoint> CONSENT_CHECKS = List.of(
            new Endpoint("/api/v1/consent-checks", HttpMethod.POST, "/api/v1/consent-checks", true, API_SIGN_IN,
                    EnumSet.of(Role.ADMIN, Role.OFFICER, Role.PRODUCTION), Outcome.status(400), Outcome.FORBIDDEN),
            Endpoint.forAnyAccount("/api/v1/consent-checks", HttpMethod.POST, "/api/v1/consent-checks", false,
                    Outcome.FORBIDDEN, Outcome.FORBIDDEN),
            new Endpoint("/api/v1/consent-checks/batch", HttpMethod.POST, "/api/v1/consent-checks/batch", true,
                    API_SIGN_IN, EnumSet.of(Role.ADMIN, Role.OFFICER, Role.PRODUCTION), Outcome.status(400),
                    Outcome.FORBIDDEN),
            Endpoint.forAnyAccount("/api/v1/consent-checks/batch", HttpMethod.POST, "/api/v1/consent-checks/batch",
                    false, Outcome.FORBIDDEN, Outcome.FORBIDDEN),
            new Endpoint("/api/v1/consent-checks", HttpMethod.GET, "/api/v1/consent-checks", false, API_SIGN_IN,
                    EnumSet.noneOf(Role.class), Outcome.FORBIDDEN, Outcome.FORBIDDEN));

    /**
     * The consent registry's API and the guild's public keys. Ids are random, so a permitted role gets 404 (the
     * same answer as for a grant it may not see) or, where the empty body is read first, 400.
     */
    static final List<Endpoint> REGISTRY = registry();

    private static List<Endpoint> registry() {
        String grant = "/api/v1/grants/" + java.util.UUID.randomUUID();
        String obligation = "/api/v1/deletion-obligations/" + java.util.UUID.randomUUID();
        Role[] readers = {Role.REPRESENTATIVE, Role.PRODUCTION, Role.ADMIN, Role.OFFICER};
        Role[] personSide = {Role.REPRESENTATIVE};
        Role[] guild = {Role.OFFICER};
        Outcome notFound = Outcome.status(404);
        Outcome badRequest = Outcome.status(400);
        return List.of(
                Endpoint.forAnyAccount("/.well-known/jwks.json", HttpMethod.GET, "/.well-known/jwks.json", false,
                        Outcome.ok(), Outcome.ok()),
                Endpoint.forRoles("/api/v1/grants", HttpMethod.GET, "/api/v1/grants", false,
                        Outcome.ok(), Role.PERFORMER, readers),
                Endpoint.forRoles("/api/v1/grants", HttpMethod.POST, "/api/v1/grants", true,
                        badRequest, Role.PERFORMER, Role.REPRESENTATIVE, Role.PRODUCTION),
                Endpoint.forRoles("/api/v1/grants/{id}", HttpMethod.GET, grant, false,
                        notFound, Role.PERFORMER, readers),
                Endpoint.forRoles("/api/v1/grants/{id}/give", HttpMethod.POST, grant + "/give", true,
                        notFound, Role.PERFORMER, personSide),
                Endpoint.forRoles("/api/v1/grants/{id}/refuse", HttpMethod.POST, grant + "/refuse", true,
                        notFound, Role.PERFORMER, personSide),
                Endpoint.forRoles("/api/v1/grants/{id}/withdraw", HttpMethod.POST, grant + "/withdraw", true,
                        notFound, Role.PERFORMER, personSide),
                Endpoint.forRoles("/api/v1/grants/{id}/renew", HttpMethod.POST, grant + "/renew", true,
                        notFound, Role.PERFORMER, personSide),
                Endpoint.forRoles("/api/v1/grants/{id}/approvals", HttpMethod.POST, grant + "/approvals", true,
                        badRequest, Role.REPRESENTATIVE, Role.ADMIN, Role.OFFICER),
                Endpoint.forRoles("/api/v1/grants/{id}/revoke", HttpMethod.POST, grant + "/revoke", true,
                        badRequest, Role.ADMIN, guild),
                Endpoint.forRoles("/api/v1/grants/{id}/invalidate", HttpMethod.POST, grant + "/invalidate", true,
                        badRequest, Role.ADMIN, guild),
                Endpoint.forRoles("/api/v1/grants/{id}/uses", HttpMethod.GET, grant + "/uses", false,
                        notFound, Role.PERFORMER, readers),
                Endpoint.forRoles("/api/v1/grants/{id}/uses", HttpMethod.POST, grant + "/uses", true,
                        badRequest, Role.PRODUCTION),
                Endpoint.forRoles("/api/v1/grants/{id}/deletion-obligations", HttpMethod.GET,
                        grant + "/deletion-obligations", false, notFound, Role.PERFORMER, readers),
                Endpoint.forRoles("/api/v1/grants/{id}/receipts", HttpMethod.GET, grant + "/receipts", false,
                        notFound, Role.PERFORMER, Role.REPRESENTATIVE, Role.ADMIN, Role.OFFICER),
                Endpoint.forRoles("/api/v1/grants/{id}/receipts/{ordinal}", HttpMethod.GET, grant + "/receipts/0",
                        false, notFound, Role.PERFORMER, Role.REPRESENTATIVE, Role.ADMIN, Role.OFFICER),
                Endpoint.forRoles("/api/v1/deletion-obligations", HttpMethod.GET, "/api/v1/deletion-obligations",
                        false, Outcome.ok(), Role.PERFORMER, readers),
                Endpoint.forRoles("/api/v1/deletion-obligations/{id}", HttpMethod.GET, obligation, false,
                        notFound, Role.PERFORMER, readers),
                Endpoint.forRoles("/api/v1/deletion-obligations/{id}/confirmation", HttpMethod.POST,
                        obligation + "/confirmation", true, badRequest, Role.PRODUCTION))
                .stream()
                // The API answers anonymous callers with a 401 problem rather than the sign-in page.
                .map(endpoint -> endpoint.path().startsWith("/api/") ? endpoint.withAnonymous(API_SIGN_IN) : endpoint)
                .toList();
    }

    /** Every module's part. A module with endpoints adds its list here. */
    /**
     * The consent wallet (performers, representatives) and the production pages. The ids are random: a permitted
     * role gets 404, the same answer as for someone else's grant; a form posted without its CSRF token is 403.
     */
    static final List<Endpoint> WALLET = wallet();

    private static List<Endpoint> wallet() {
        String grant = "/wallet/grants/" + java.util.UUID.randomUUID();
        String person = "/wallet/people/" + java.util.UUID.randomUUID();
        String obligation = "/production/obligations/" + java.util.UUID.randomUUID();
        Outcome notFound = Outcome.status(404);
        Role performer = Role.PERFORMER;
        Role representative = Role.REPRESENTATIVE;
        return List.of(
                Endpoint.forRoles("/wallet", HttpMethod.GET, "/wallet", false, Outcome.ok(), performer,
                        representative),
                Endpoint.forRoles("/wallet/people/{person}", HttpMethod.GET, person, false, notFound, performer,
                        representative),
                Endpoint.forRoles("/wallet/grants/{id}", HttpMethod.GET, grant, false, notFound, performer,
                        representative),
                Endpoint.forRoles("/wallet/grants/{id}/withdraw", HttpMethod.GET, grant + "/withdraw", false,
                        notFound, performer, representative),
                Endpoint.forRoles("/wallet/grants/{id}/withdraw", HttpMethod.POST, grant + "/withdraw", true,
                        notFound, performer, representative),
                Endpoint.forAnyAccount("/wallet/grants/{id}/withdraw", HttpMethod.POST, grant + "/withdraw", false,
                        Outcome.FORBIDDEN, Outcome.FORBIDDEN),
                Endpoint.forRoles("/wallet/grants/{id}/give", HttpMethod.POST, grant + "/give", true,
                        notFound, performer, representative),
                Endpoint.forAnyAccount("/wallet/grants/{id}/give", HttpMethod.POST, grant + "/give", false,
                        Outcome.FORBIDDEN, Outcome.FORBIDDEN),
                Endpoint.forRoles("/wallet/grants/{id}/refuse", HttpMethod.POST, grant + "/refuse", true,
                        notFound, performer, representative),
                Endpoint.forRoles("/wallet/grants/{id}/approve", HttpMethod.POST, grant + "/approve", true,
                        notFound, performer, representative),
                Endpoint.forRoles("/wallet/grants/{id}/receipts/{ordinal}", HttpMethod.GET, grant + "/receipts/0",
                        false, notFound, performer, representative),
                Endpoint.forRoles("/production", HttpMethod.GET, "/production", false, Outcome.ok(),
                        Role.PRODUCTION),
                Endpoint.forRoles("/production/obligations/{id}", HttpMethod.GET, obligation, false, notFound,
                        Role.PRODUCTION),
                Endpoint.forRoles("/production/obligations/{id}/confirmation", HttpMethod.POST,
                        obligation + "/confirmation", true, notFound, Role.PRODUCTION),
                Endpoint.forAnyAccount("/production/obligations/{id}/confirmation", HttpMethod.POST,
                        obligation + "/confirmation", false, Outcome.FORBIDDEN, Outcome.FORBIDDEN));
    }

    /**
     * Registration of organizations, productions, people and representatives: the API for admins and officers, the
     * pages for admins. Empty bodies and forms are refused (400, or the form again with its messages); the ids are
     * random, so reads and page forms under them are 404.
     */
    static final List<Endpoint> REGISTRATION = registration();

    private static List<Endpoint> registration() {
        String organization = "/organizations/" + java.util.UUID.randomUUID();
        String person = "/people/" + java.util.UUID.randomUUID();
        Outcome notFound = Outcome.status(404);
        Outcome badRequest = Outcome.status(400);
        Role admin = Role.ADMIN;
        Role officer = Role.OFFICER;
        String api = "/api/v1";
        String pages = "/admin/registry";
        return Stream.of(
                Endpoint.forRoles(api + "/organizations", HttpMethod.GET, api + "/organizations", false,
                        Outcome.ok(), admin, officer),
                Endpoint.forRoles(api + "/organizations", HttpMethod.POST, api + "/organizations", true,
                        badRequest, admin, officer),
                Endpoint.forAnyAccount(api + "/organizations", HttpMethod.POST, api + "/organizations", false,
                        Outcome.FORBIDDEN, Outcome.FORBIDDEN),
                Endpoint.forRoles(api + "/organizations/{id}/productions", HttpMethod.GET,
                        api + organization + "/productions", false, notFound, admin, officer),
                Endpoint.forRoles(api + "/organizations/{id}/productions", HttpMethod.POST,
                        api + organization + "/productions", true, badRequest, admin, officer),
                Endpoint.forRoles(api + "/people", HttpMethod.GET, api + "/people", false, Outcome.ok(), admin,
                        officer),
                Endpoint.forRoles(api + "/people", HttpMethod.POST, api + "/people", true, badRequest, admin,
                        officer),
                Endpoint.forAnyAccount(api + "/people", HttpMethod.POST, api + "/people", false,
                        Outcome.FORBIDDEN, Outcome.FORBIDDEN),
                Endpoint.forRoles(api + "/people/{id}/representatives", HttpMethod.POST,
                        api + person + "/representatives", true, badRequest, admin, officer),
                Endpoint.forRoles(pages, HttpMethod.GET, pages, false, Outcome.ok(), admin),
                Endpoint.forRoles(pages + "/organizations/new", HttpMethod.GET, pages + "/organizations/new",
                        false, Outcome.ok(), admin),
                Endpoint.forRoles(pages + "/organizations", HttpMethod.POST, pages + "/organizations", true,
                        Outcome.ok(), admin),
                Endpoint.forAnyAccount(pages + "/organizations", HttpMethod.POST, pages + "/organizations", false,
                        Outcome.FORBIDDEN, Outcome.FORBIDDEN),
                Endpoint.forRoles(pages + "/organizations/{id}", HttpMethod.GET, pages + organization, false,
                        notFound, admin),
                Endpoint.forRoles(pages + "/organizations/{id}/productions/new", HttpMethod.GET,
                        pages + organization + "/productions/new", false, notFound, admin),
                Endpoint.forRoles(pages + "/organizations/{id}/productions", HttpMethod.POST,
                        pages + organization + "/productions", true, notFound, admin),
                Endpoint.forRoles(pages + "/people/new", HttpMethod.GET, pages + "/people/new", false,
                        Outcome.ok(), admin),
                Endpoint.forRoles(pages + "/people", HttpMethod.POST, pages + "/people", true, Outcome.ok(), admin),
                Endpoint.forRoles(pages + "/people/{id}/representatives/new", HttpMethod.GET,
                        pages + person + "/representatives/new", false, notFound, admin),
                Endpoint.forRoles(pages + "/people/{id}/representatives", HttpMethod.POST,
                        pages + person + "/representatives", true, notFound, admin))
                // The API answers anonymous callers with a 401 problem rather than the sign-in page.
                .map(endpoint -> endpoint.path().startsWith("/api/") && endpoint.anonymous().equals(Outcome.SIGN_IN)
                        ? endpoint.withAnonymous(API_SIGN_IN) : endpoint)
                .toList();
    }

    /**
     * Certification: the public documents and pages (anyone), a production's submission pages and API, the
     * officers' review pages and API. The ids are random: a permitted role gets 404; an empty body is 400.
     */
    static final List<Endpoint> CERTIFICATION = certification();

    private static List<Endpoint> certification() {
        String id = java.util.UUID.randomUUID().toString();
        String production = "/api/v1/productions/" + id + "/submissions";
        String submission = "/api/v1/submissions/" + id;
        String certificate = "/api/v1/certificates/" + id;
        Outcome notFound = Outcome.status(404);
        Outcome badRequest = Outcome.status(400);
        Role[] readers = {Role.OFFICER, Role.ADMIN};
        return List.of(
                // The first lists exist from the start, empty.
                Endpoint.forAnyAccount("/status/{list}", HttpMethod.GET, "/status/revocation-1", false,
                        Outcome.ok(), Outcome.ok()),
                Endpoint.forAnyAccount("/status/{list}", HttpMethod.GET, "/status/not-a-list", false,
                        notFound, notFound),
                Endpoint.forAnyAccount("/certificates/{id}.jwt", HttpMethod.GET, "/certificates/" + id + ".jwt",
                        false, notFound, notFound),
                Endpoint.forAnyAccount("/certificates/{id}", HttpMethod.GET, "/certificates/" + id, false,
                        notFound, notFound),
                Endpoint.forAnyAccount("/productions/{code}", HttpMethod.GET, "/productions/no-such-production",
                        false, notFound, notFound),
                Endpoint.forAnyAccount("/verify", HttpMethod.GET, "/verify", false, Outcome.ok(), Outcome.ok()),
                Endpoint.forAnyAccount("/verify", HttpMethod.POST, "/verify", true, Outcome.ok(), Outcome.ok()),
                Endpoint.forAnyAccount("/verify", HttpMethod.POST, "/verify", false, Outcome.FORBIDDEN,
                        Outcome.FORBIDDEN),
                Endpoint.forRoles("/production/submissions", HttpMethod.GET, "/production/submissions", false,
                        Outcome.ok(), Role.PRODUCTION),
                Endpoint.forRoles("/production/submissions", HttpMethod.POST, "/production/submissions", true,
                        Outcome.to("/production/submissions"), Role.PRODUCTION),
                Endpoint.forRoles("/production/submissions/{id}", HttpMethod.GET, "/production/submissions/" + id,
                        false, notFound, Role.PRODUCTION),
                Endpoint.forRoles("/production/submissions/{id}/justifications", HttpMethod.POST,
                        "/production/submissions/" + id + "/justifications?finding=x", true,
                        Outcome.to("/production/submissions/" + id), Role.PRODUCTION),
                Endpoint.forRoles("/review", HttpMethod.GET, "/review", false, Outcome.ok(), Role.OFFICER),
                Endpoint.forRoles("/review/submissions/{id}", HttpMethod.GET, "/review/submissions/" + id, false,
                        notFound, Role.OFFICER),
                Endpoint.forRoles("/review/submissions/{id}/decision", HttpMethod.POST,
                        "/review/submissions/" + id + "/decision", true, Outcome.to("/review/submissions/" + id),
                        Role.OFFICER),
                Endpoint.forRoles("/review/certificates/{id}", HttpMethod.GET, "/review/certificates/" + id, false,
                        notFound, Role.OFFICER),
                Endpoint.forRoles("/review/certificates/{id}/{change:suspend|reinstate|revoke}", HttpMethod.POST,
                        "/review/certificates/" + id + "/suspend", true, Outcome.to("/review/certificates/" + id),
                        Role.OFFICER),
                Endpoint.forRoles("/admin/keys", HttpMethod.GET, "/admin/keys", false, Outcome.ok(), Role.ADMIN),
                // Without the typed confirmation nothing rotates: back to the page with a message.
                Endpoint.forRoles("/admin/keys/rotation", HttpMethod.POST, "/admin/keys/rotation", true,
                        Outcome.to("/admin/keys"), Role.ADMIN),
                Endpoint.forRoles("/api/v1/productions/{production}/submissions", HttpMethod.POST, production, true,
                        notFound, Role.PRODUCTION),
                Endpoint.forRoles("/api/v1/productions/{production}/submissions", HttpMethod.GET, production, false,
                        notFound, Role.PRODUCTION, readers),
                Endpoint.forRoles("/api/v1/submissions/{id}", HttpMethod.GET, submission, false, notFound,
                        Role.PRODUCTION, readers),
                Endpoint.forRoles("/api/v1/submissions/{id}/report", HttpMethod.GET, submission + "/report", false,
                        notFound, Role.PRODUCTION, readers),
                Endpoint.forRoles("/api/v1/submissions/{id}/justifications", HttpMethod.POST,
                        submission + "/justifications", true, badRequest, Role.PRODUCTION),
                Endpoint.forRoles("/api/v1/submissions/{id}/decisions", HttpMethod.POST, submission + "/decisions",
                        true, badRequest, Role.OFFICER),
                Endpoint.forRoles("/api/v1/certificates/{id}/{change:suspension|reinstatement|revocation}",
                        HttpMethod.POST, certificate + "/suspension", true, badRequest, Role.OFFICER))
                .stream()
                .map(endpoint -> endpoint.path().startsWith("/api/") ? endpoint.withAnonymous(API_SIGN_IN) : endpoint)
                .toList();
    }

    /**
     * The transparency log's public endpoints: the same answer for everyone, no account needed. The test server's
     * log is empty, so an inclusion proof for any leaf is 404, the same for every caller.
     */
    static final List<Endpoint> TRANSPARENCY_LOG = List.of(
            Endpoint.forAnyAccount("/log/checkpoint", HttpMethod.GET, "/log/checkpoint", false,
                    Outcome.ok(), Outcome.ok()),
            Endpoint.forAnyAccount("/log/entries", HttpMethod.GET, "/log/entries?start=0&end=10", false,
                    Outcome.ok(), Outcome.ok()),
            Endpoint.forAnyAccount("/log/proof/inclusion", HttpMethod.GET,
                    "/log/proof/inclusion?leaf=" + "0".repeat(64) + "&size=0", false,
                    Outcome.status(404), Outcome.status(404)),
            Endpoint.forAnyAccount("/log/proof/consistency", HttpMethod.GET, "/log/proof/consistency?from=0&to=0",
                    false, Outcome.ok(), Outcome.ok()),
            Endpoint.forAnyAccount("/log/proof/consistency", HttpMethod.POST, "/log/proof/consistency", true,
                    Outcome.SIGN_IN, Outcome.status(405)));

    /**
     * The account's own pages: every account changes its password (an empty form comes back with its messages);
     * admins and production accounts manage API tokens. The token id is random, so a permitted role gets 404.
     */
    static final List<Endpoint> ACCOUNT = account();

    private static List<Endpoint> account() {
        String token = "/account/tokens/" + java.util.UUID.randomUUID();
        Role admin = Role.ADMIN;
        Role production = Role.PRODUCTION;
        return List.of(
                Endpoint.forAnyAccount("/account/password", HttpMethod.GET, "/account/password", false,
                        Outcome.SIGN_IN, Outcome.ok()),
                Endpoint.forAnyAccount("/account/password", HttpMethod.POST, "/account/password", true,
                        Outcome.SIGN_IN, Outcome.ok()),
                Endpoint.forAnyAccount("/account/password", HttpMethod.POST, "/account/password", false,
                        Outcome.FORBIDDEN, Outcome.FORBIDDEN),
                Endpoint.forRoles("/account/tokens", HttpMethod.GET, "/account/tokens", false, Outcome.ok(), admin,
                        production),
                Endpoint.forRoles("/account/tokens", HttpMethod.POST, "/account/tokens", true, Outcome.ok(), admin,
                        production),
                Endpoint.forAnyAccount("/account/tokens", HttpMethod.POST, "/account/tokens", false,
                        Outcome.FORBIDDEN, Outcome.FORBIDDEN),
                Endpoint.forRoles("/account/tokens/{id}/revoke", HttpMethod.GET, token + "/revoke", false,
                        Outcome.status(404), admin, production),
                Endpoint.forRoles("/account/tokens/{id}/revoke", HttpMethod.POST, token + "/revoke", true,
                        Outcome.status(404), admin, production),
                Endpoint.forAnyAccount("/account/tokens/{id}/revoke", HttpMethod.POST, token + "/revoke", false,
                        Outcome.FORBIDDEN, Outcome.FORBIDDEN));
    }

    /**
     * Fair labor: rate schedules every signed-in account reads, admins and officers edit. The schedule code is
     * unknown, so reads and imports under it are 404; an empty creation form comes back with its messages.
     */
    static final List<Endpoint> LABOR = labor();

    private static List<Endpoint> labor() {
        String schedule = "/rates/no-such-schedule";
        String revenue = "/production/revenue";
        String report = revenue + "/reports/" + java.util.UUID.randomUUID();
        String displaced = "/production/displacements";
        String training = "/labor/training-compensation";
        String displacement = displaced + "/" + java.util.UUID.randomUUID();
        Outcome notFound = Outcome.status(404);
        Role admin = Role.ADMIN;
        Role officer = Role.OFFICER;
        return Stream.of(
                Endpoint.forAnyAccount("/rates", HttpMethod.GET, "/rates", false, Outcome.SIGN_IN, Outcome.ok()),
                Endpoint.forRoles("/rates", HttpMethod.POST, "/rates", true, Outcome.ok(), admin, officer),
                Endpoint.forAnyAccount("/rates", HttpMethod.POST, "/rates", false, Outcome.FORBIDDEN,
                        Outcome.FORBIDDEN),
                Endpoint.forAnyAccount("/rates/{code}", HttpMethod.GET, schedule, false, Outcome.SIGN_IN, notFound),
                Endpoint.forRoles("/rates/{code}/versions", HttpMethod.POST, schedule + "/versions", true, notFound,
                        admin, officer),
                Endpoint.forAnyAccount("/rates/{code}/versions", HttpMethod.POST, schedule + "/versions", false,
                        Outcome.FORBIDDEN, Outcome.FORBIDDEN),
                Endpoint.forAnyAccount("/rates/{code}/versions/{number}.csv", HttpMethod.GET,
                        schedule + "/versions/1.csv", false, Outcome.SIGN_IN, notFound),
                Endpoint.forAnyAccount("/api/v1/rate-schedules", HttpMethod.GET, "/api/v1/rate-schedules", false,
                        API_SIGN_IN, Outcome.ok()),
                Endpoint.forAnyAccount("/api/v1/rate-schedules/{code}/rates", HttpMethod.GET,
                        "/api/v1/rate-schedules/no-such-schedule/rates", false, API_SIGN_IN, notFound),
                // Revenue share: a production's own. The empty forms come back with their messages; the report id
                // is random, so its statement and downloads are 404.
                Endpoint.forRoles(revenue, HttpMethod.GET, revenue, false, Outcome.ok(), Role.PRODUCTION),
                Endpoint.forRoles(revenue + "/agreements", HttpMethod.POST, revenue + "/agreements", true,
                        Outcome.ok(), Role.PRODUCTION),
                Endpoint.forAnyAccount(revenue + "/agreements", HttpMethod.POST, revenue + "/agreements", false,
                        Outcome.FORBIDDEN, Outcome.FORBIDDEN),
                Endpoint.forRoles(revenue + "/reports", HttpMethod.POST, revenue + "/reports", true, Outcome.ok(),
                        Role.PRODUCTION),
                Endpoint.forAnyAccount(revenue + "/reports", HttpMethod.POST, revenue + "/reports", false,
                        Outcome.FORBIDDEN, Outcome.FORBIDDEN),
                Endpoint.forRoles(revenue + "/reports/{id}", HttpMethod.GET, report, false, notFound,
                        Role.PRODUCTION),
                Endpoint.forRoles(revenue + "/reports/{id}/statement.csv", HttpMethod.GET, report + "/statement.csv",
                        false, notFound, Role.PRODUCTION),
                Endpoint.forRoles(revenue + "/reports/{id}/statements/{ordinal}.pdf", HttpMethod.GET,
                        report + "/statements/0.pdf", false, notFound, Role.PRODUCTION),
                // Displacement: a production's own (random ids: 404), the unions' view, the admin's grants.
                Endpoint.forRoles(displaced, HttpMethod.GET, displaced, false, Outcome.ok(), Role.PRODUCTION),
                Endpoint.forRoles(displaced, HttpMethod.POST, displaced, true, Outcome.ok(), Role.PRODUCTION),
                Endpoint.forAnyAccount(displaced, HttpMethod.POST, displaced, false, Outcome.FORBIDDEN,
                        Outcome.FORBIDDEN),
                Endpoint.forRoles(displaced + "/{id}", HttpMethod.GET, displacement, false, notFound,
                        Role.PRODUCTION),
                Endpoint.forRoles(displaced + "/{id}/support", HttpMethod.POST, displacement + "/support", true,
                        notFound, Role.PRODUCTION),
                Endpoint.forRoles(displaced + "/{id}/support/{support}/delivery", HttpMethod.POST,
                        displacement + "/support/" + java.util.UUID.randomUUID() + "/delivery", true, notFound,
                        Role.PRODUCTION),
                Endpoint.forAnyAccount(displaced + "/{id}/support/{support}/delivery", HttpMethod.POST,
                        displacement + "/support/" + java.util.UUID.randomUUID() + "/delivery", false,
                        Outcome.FORBIDDEN, Outcome.FORBIDDEN),
                Endpoint.forRoles("/labor/displacement", HttpMethod.GET, "/labor/displacement", false, Outcome.ok(),
                        Role.RESEARCHER, officer, admin),
                Endpoint.forRoles("/admin/union-locals", HttpMethod.GET, "/admin/union-locals", false, Outcome.ok(),
                        admin),
                Endpoint.forRoles("/admin/union-locals", HttpMethod.POST, "/admin/union-locals", true, Outcome.ok(),
                        admin),
                Endpoint.forAnyAccount("/admin/union-locals", HttpMethod.POST, "/admin/union-locals", false,
                        Outcome.FORBIDDEN, Outcome.FORBIDDEN),
                Endpoint.forRoles("/admin/union-locals/revocation", HttpMethod.POST,
                        "/admin/union-locals/revocation?username=nobody&local=none", true, notFound, admin),
                // Training-use compensation: what the registry lets each see; a payment under no grant is 404.
                Endpoint.forRoles(training, HttpMethod.GET, training, false, Outcome.ok(), Role.PERFORMER,
                        Role.REPRESENTATIVE, Role.PRODUCTION, officer, admin),
                Endpoint.forRoles(training + ".csv", HttpMethod.GET, training + ".csv", false, Outcome.ok(),
                        Role.PERFORMER, Role.REPRESENTATIVE, Role.PRODUCTION, officer, admin),
                Endpoint.forRoles(training + "/payments", HttpMethod.POST, training + "/payments?grant="
                        + java.util.UUID.randomUUID(), true, notFound, Role.PRODUCTION),
                Endpoint.forAnyAccount(training + "/payments", HttpMethod.POST, training + "/payments", false,
                        Outcome.FORBIDDEN, Outcome.FORBIDDEN),
                // Workforce insights: aggregates for researchers and the guild; a bad epsilon is 400.
                Endpoint.forRoles("/insights", HttpMethod.GET, "/insights", false, Outcome.ok(), Role.RESEARCHER,
                        officer, admin),
                Endpoint.forRoles("/insights.csv", HttpMethod.GET, "/insights.csv", false, Outcome.ok(),
                        Role.RESEARCHER, officer, admin),
                Endpoint.forRoles("/insights.json", HttpMethod.GET, "/insights.json", false, Outcome.ok(),
                        Role.RESEARCHER, officer, admin),
                Endpoint.forRoles("/insights.json", HttpMethod.GET, "/insights.json?epsilon=0", false,
                        Outcome.status(400), Role.RESEARCHER, officer, admin))
                .toList();
    }

    /**
     * Enforcement: the public complaint and receipt pages and API (anyone, no account), public sanctions, the
     * committee's pages and API, a production's decisions and appeals. Ids are random: 404; a reporter's page
     * without a receipt opened goes back to the receipt form; a complaint form without its one-time token is 409.
     */
    static final List<Endpoint> ENFORCEMENT = enforcement();

    private static List<Endpoint> enforcement() {
        String id = java.util.UUID.randomUUID().toString();
        String caseUrl = "/committee/cases/" + id;
        Outcome notFound = Outcome.status(404);
        Outcome toReceipt = Outcome.to("/complaints/receipt");
        Role committee = Role.COMMITTEE;
        List<Endpoint> committeePosts = Stream.of("state", "assignments", "assignments/release", "notes",
                        "messages", "evidence", "subject", "decision", "appeal", "appeal-decision", "reporter")
                .map(action -> Endpoint.forRoles("/committee/cases/{id}/" + action, HttpMethod.POST,
                        caseUrl + "/" + action, true, notFound, committee))
                .toList();
        List<Endpoint> fixed = List.of(
                Endpoint.forAnyAccount("/complaints/new", HttpMethod.GET, "/complaints/new", false,
                        Outcome.ok(), Outcome.ok()),
                Endpoint.forAnyAccount("/complaints", HttpMethod.POST, "/complaints", true,
                        Outcome.status(409), Outcome.status(409)),
                Endpoint.forAnyAccount("/complaints", HttpMethod.POST, "/complaints", false,
                        Outcome.FORBIDDEN, Outcome.FORBIDDEN),
                Endpoint.forAnyAccount("/complaints/receipt", HttpMethod.GET, "/complaints/receipt", false,
                        Outcome.ok(), Outcome.ok()),
                Endpoint.forAnyAccount("/complaints/receipt", HttpMethod.POST, "/complaints/receipt", true,
                        Outcome.status(400), Outcome.status(400)),
                Endpoint.forAnyAccount("/complaints/receipt", HttpMethod.POST, "/complaints/receipt", false,
                        Outcome.FORBIDDEN, Outcome.FORBIDDEN),
                Endpoint.forAnyAccount("/complaints/receipt/case", HttpMethod.GET, "/complaints/receipt/case", false,
                        toReceipt, toReceipt),
                Endpoint.forAnyAccount("/complaints/receipt/messages", HttpMethod.POST,
                        "/complaints/receipt/messages", true, toReceipt, toReceipt),
                Endpoint.forAnyAccount("/complaints/receipt/withdrawal", HttpMethod.POST,
                        "/complaints/receipt/withdrawal", true, toReceipt, toReceipt),
                Endpoint.forAnyAccount("/complaints/receipt/appeal", HttpMethod.POST, "/complaints/receipt/appeal",
                        true, toReceipt, toReceipt),
                Endpoint.forAnyAccount("/complaints/receipt/appeal", HttpMethod.POST, "/complaints/receipt/appeal",
                        false, Outcome.FORBIDDEN, Outcome.FORBIDDEN),
                Endpoint.forAnyAccount("/complaints/receipt/leave", HttpMethod.POST, "/complaints/receipt/leave",
                        true, Outcome.to("/complaints/receipt?left"), Outcome.to("/complaints/receipt?left")),
                // No session is used, so no CSRF token is needed; an empty body is refused.
                Endpoint.forAnyAccount("/api/v1/complaints", HttpMethod.POST, "/api/v1/complaints", false,
                        Outcome.status(400), Outcome.status(400)),
                Endpoint.forAnyAccount("/sanctions/{id}", HttpMethod.GET, "/sanctions/" + id, false,
                        notFound, notFound),
                Endpoint.forAnyAccount("/sanctions/{id}.json", HttpMethod.GET, "/sanctions/" + id + ".json", false,
                        notFound, notFound),
                Endpoint.forRoles("/committee", HttpMethod.GET, "/committee", false, Outcome.ok(), committee),
                Endpoint.forRoles("/committee/cases/{id}", HttpMethod.GET, caseUrl, false, notFound, committee),
                Endpoint.forAnyAccount("/committee/cases/{id}/decision", HttpMethod.POST, caseUrl + "/decision",
                        false, Outcome.FORBIDDEN, Outcome.FORBIDDEN),
                Endpoint.forRoles("/committee/cases/{id}/attachments/{attachment}", HttpMethod.GET,
                        caseUrl + "/attachments/" + id, false, notFound, committee),
                Endpoint.forRoles("/committee/conflicts", HttpMethod.GET, "/committee/conflicts", false,
                        Outcome.ok(), committee),
                // The signed-in name is no committee account here: the form comes back with its message.
                Endpoint.forRoles("/committee/conflicts", HttpMethod.POST, "/committee/conflicts", true,
                        Outcome.to("/committee/conflicts"), committee),
                Endpoint.forRoles("/committee/conflicts/{id}/withdrawal", HttpMethod.POST,
                        "/committee/conflicts/" + id + "/withdrawal", true, notFound, committee),
                new Endpoint("/api/v1/cases", HttpMethod.GET, "/api/v1/cases", false, API_SIGN_IN,
                        java.util.EnumSet.of(committee), Outcome.ok(), Outcome.FORBIDDEN),
                new Endpoint("/api/v1/cases/{id}", HttpMethod.GET, "/api/v1/cases/" + id, false, API_SIGN_IN,
                        java.util.EnumSet.of(committee), notFound, Outcome.FORBIDDEN),
                new Endpoint("/api/v1/cases/{id}/events", HttpMethod.GET, "/api/v1/cases/" + id + "/events", false,
                        API_SIGN_IN, java.util.EnumSet.of(committee), notFound, Outcome.FORBIDDEN),
                new Endpoint("/api/v1/cases/{id}/decision", HttpMethod.POST, "/api/v1/cases/" + id + "/decision",
                        true, API_SIGN_IN, java.util.EnumSet.of(committee), Outcome.status(400), Outcome.FORBIDDEN),
                Endpoint.forAnyAccount("/api/v1/cases/{id}/decision", HttpMethod.POST,
                        "/api/v1/cases/" + id + "/decision", false, Outcome.FORBIDDEN, Outcome.FORBIDDEN),
                Endpoint.forRoles("/production/sanctions", HttpMethod.GET, "/production/sanctions", false,
                        Outcome.ok(), Role.PRODUCTION),
                Endpoint.forRoles("/production/sanctions/{id}/appeal", HttpMethod.POST,
                        "/production/sanctions/" + id + "/appeal", true, notFound, Role.PRODUCTION));
        return Stream.concat(fixed.stream(), committeePosts.stream()).toList();
    }

    static final List<Endpoint> ALL = Stream.of(FOUNDATION, WEB, TOKENS, CONSENT_CHECKS, REGISTRY, WALLET,
                    REGISTRATION, CERTIFICATION, TRANSPARENCY_LOG, ACCOUNT, LABOR, ENFORCEMENT)
            .flatMap(List::stream)
            .toList();
}
