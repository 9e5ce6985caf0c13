package org.guildmark.core;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared test data from public projects (C2PA manifests, CycloneDX BOMs), beside the repository. */
public final class Fixtures {
    private Fixtures() {
    }

    /** {@code shared/fixtures/NAME}, found by walking up from the working directory. */
    public static Path dir(String name) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("fixtures").resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/fixtures/" + name + " not found above " + Path.of("").toAbsolutePath()
                + "; the repository is checked out beside the shared/ folder");
    }
}
