package org.guildmark.app;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = GuildmarkApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class ServerHealthTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
    }

    @Autowired
    RestTestClient http;

    @Test
    void a_running_server_reports_itself_up() {
        http.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components").doesNotExist()
                .jsonPath("$.details").doesNotExist();
    }

    @Test
    void a_load_balancer_can_probe_liveness_and_readiness() {
        for (String probe : new String[] {"liveness", "readiness"}) {
            String body = http.get().uri("/actuator/health/" + probe)
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class)
                    .returnResult()
                    .getResponseBody();

            assertThat(body).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void only_health_and_info_are_public() {
        http.get().uri("/actuator/info").exchange().expectStatus().isOk();

        // Everything else is for signed-in accounts only, and even they find these not exposed
        // (security.EndpointAccessTests walks every role).
        for (String hidden : new String[] {"env", "beans", "configprops", "metrics", "loggers", "heapdump"}) {
            http.get().uri("/actuator/" + hidden)
                    .exchange()
                    .expectStatus().isFound()
                    .expectHeader().valueMatches("Location", ".*/login$");
        }
    }
}
