package org.guildmark.app.security;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.guildmark.app.GuildmarkApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint the server maps, asked by an anonymous visitor and by a signed-in account of every role: who may
 * and who may not. A new endpoint fails {@link #the_matrix_names_every_mapped_endpoint} until it is added here.
 */
@SpringBootTest(classes = GuildmarkApplication.class)
@AutoConfigureMockMvc
class EndpointAccessTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "matrix admin passphrase");
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
    }

    /**
     * One request and what each caller gets.
     *
     * @param mapping  the mapped pattern (or sign-in filter) the request exercises
     * @param signedIn what an account of any role gets; no endpoint yet differs by role
     */
    record Endpoint(String mapping, HttpMethod method, String path, boolean withCsrf, Outcome anonymous,
                    Outcome signedIn) {
        @Override
        public String toString() {
            return method + " " + path + (withCsrf ? " (CSRF token)" : "");
        }
    }

    static final List<Endpoint> MATRIX = List.of(
            new Endpoint("/actuator/health", HttpMethod.GET, "/actuator/health", false, Outcome.ok(), Outcome.ok()),
            new Endpoint("/actuator/health/**", HttpMethod.GET, "/actuator/health/liveness", false,
                    Outcome.ok(), Outcome.ok()),
            new Endpoint("/actuator/health/**", HttpMethod.GET, "/actuator/health/readiness", false,
                    Outcome.ok(), Outcome.ok()),
            new Endpoint("/actuator/info", HttpMethod.GET, "/actuator/info", false, Outcome.ok(), Outcome.ok()),
            new Endpoint("/actuator", HttpMethod.GET, "/actuator", false, Outcome.SIGN_IN, Outcome.ok()),
            new Endpoint("/error", HttpMethod.GET, "/error", false, Outcome.SIGN_IN, Outcome.status(500)),
            new Endpoint("login page", HttpMethod.GET, "/login", false, Outcome.ok(), Outcome.ok()),
            new Endpoint("login", HttpMethod.POST, "/login", false, Outcome.status(403), Outcome.status(403)),
            new Endpoint("login", HttpMethod.POST, "/login", true,
                    Outcome.to("/login?error"), Outcome.to("/login?error")),
            new Endpoint("logout page", HttpMethod.GET, "/logout", false, Outcome.ok(), Outcome.ok()),
            new Endpoint("logout", HttpMethod.POST, "/logout", false, Outcome.status(403), Outcome.status(403)),
            new Endpoint("logout", HttpMethod.POST, "/logout", true,
                    Outcome.to("/login?logout"), Outcome.to("/login?logout")),
            new Endpoint("unmapped", HttpMethod.GET, "/no/such/page", false, Outcome.SIGN_IN, Outcome.status(404)),
            new Endpoint("unmapped", HttpMethod.GET, "/api/v1/consent-checks", false,
                    Outcome.SIGN_IN, Outcome.status(404)),
            new Endpoint("unmapped", HttpMethod.POST, "/api/v1/consent-checks", true,
                    Outcome.SIGN_IN, Outcome.status(404)),
            new Endpoint("unmapped", HttpMethod.GET, "/actuator/env", false, Outcome.SIGN_IN, Outcome.status(404)));

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    static Stream<Arguments> everyEndpointForEveryCaller() {
        return MATRIX.stream().flatMap(endpoint -> Stream.concat(
                Stream.of(Arguments.of(endpoint, "anonymous", null)),
                Arrays.stream(Role.values()).map(role -> Arguments.of(endpoint, role.code(), role))));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryCaller")
    void each_caller_gets_what_the_matrix_says(Endpoint endpoint, String caller, Role role) throws Exception {
        MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.path());
        if (endpoint.withCsrf()) {
            request.with(csrf());
        }
        if (role != null) {
            request.with(user("someone-" + role.code()).roles(role.name()));
        }
        Outcome expected = role == null ? endpoint.anonymous() : endpoint.signedIn();

        MvcResult result = mvc.perform(request).andReturn();

        assertThat(new Outcome(result.getResponse().getStatus(), result.getResponse().getRedirectedUrl()))
                .as("%s as %s", endpoint, caller)
                .isEqualTo(expected);
    }

    @Test
    void the_matrix_names_every_mapped_endpoint() {
        Set<String> mapped = new TreeSet<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach(info -> mapped.addAll(info.getPatternValues())));
        Set<String> inMatrix = new TreeSet<>();
        MATRIX.forEach(endpoint -> inMatrix.add(endpoint.mapping()));

        assertThat(inMatrix).containsAll(mapped);
    }
}
