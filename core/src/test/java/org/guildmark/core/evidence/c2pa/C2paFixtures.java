package org.guildmark.core.evidence.c2pa;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared C2PA fixtures: c2patool output and manifest definitions kept beside the repository. */
public final class C2paFixtures {
    private C2paFixtures() {
    }

    /** {@code shared/fixtures/c2pa} in the nearest directory above the working directory that has one. */
    public static Path directory() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path fixtures = dir.resolve("shared").resolve("fixtures");
            if (Files.isDirectory(fixtures)) {
                Path c2pa = fixtures.resolve("c2pa");
                if (!Files.isDirectory(c2pa)) {
                    throw new IllegalStateException(fixtures + " has no c2pa folder of C2PA fixtures");
                }
                return c2pa;
            }
        }
        throw new IllegalStateException("no shared/fixtures directory in " + start + " or any directory above it; "
                + "the C2PA tests read the shared fixtures (shared/fixtures/c2pa beside the repository)");
    }

    public static Path file(String name) {
        return directory().resolve(name);
    }

    static C2paEvidence read(String name) {
        return new C2paReader().read(file(name), name);
    }
}
