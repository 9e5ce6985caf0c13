package org.guildmark.app.security;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.security.AccessMatrix.Endpoint;
import org.guildmark.app.security.AccessMatrix.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
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
 * and who may not, as {@link AccessMatrix} says. A new endpoint fails {@link #the_matrix_names_every_mapped_endpoint}
 * until it is added there.
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

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    static Stream<Arguments> everyEndpointForEveryCaller() {
        return AccessMatrix.ALL.stream().flatMap(endpoint -> Stream.concat(
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
        Outcome expected = endpoint.expectedFor(role);

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
        AccessMatrix.ALL.forEach(endpoint -> inMatrix.add(endpoint.mapping()));

        assertThat(inMatrix).containsAll(mapped);
    }
}
