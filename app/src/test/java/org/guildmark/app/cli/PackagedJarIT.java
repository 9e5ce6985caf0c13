package org.guildmark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The executable jar audits without starting Spring: no banner, no web server, only the report. An integration
 * test (run by Failsafe after {@code package}), so the jar it runs is the one this build produced.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "guildmark.jar");

    @Test
    @Timeout(120)
    void the_packaged_jar_audits_the_lighthouse_feature_without_starting_spring()
            throws IOException, InterruptedException {
        assertThat(JAR).as("the jar 'package' builds").isRegularFile();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Process process = new ProcessBuilder(java, "-jar", JAR.toString(), "audit", "../examples/lighthouse-feature.yaml",
                "--no-color").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();

        assertThat(exit).as(output).isZero();
        assertThat(output).startsWith("Guildmark audit · The Lighthouse Keeper")
                .contains("CERTIFIABLE", "ADL-2 (R, V)")
                .doesNotContain(":: Spring Boot ::", "Starting", "Started", "Tomcat", "ApplicationContext")
                .as("no log lines").doesNotContainPattern("(?m)^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}");
    }
}
