package org.guildmark.core;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared CycloneDX fixtures, found in the nearest {@code shared/fixtures/cyclonedx} above the working directory. */
public final class CycloneDxFixtures {
    public static final String MACHINE_LEARNING = "valid-machine-learning-1.6.json";
    public static final String COMPONENT_DATA = "valid-component-data-1.6.json";

    private CycloneDxFixtures() {
    }

    public static Path file(String name) {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path fixtures = dir.resolve("shared").resolve("fixtures").resolve("cyclonedx");
            if (Files.isDirectory(fixtures)) {
                return fixtures.resolve(name);
            }
        }
        throw new IllegalStateException("no shared/fixtures/cyclonedx directory in " + start
                + " or any directory above it; the CycloneDX fixtures live beside the repository");
    }
}
