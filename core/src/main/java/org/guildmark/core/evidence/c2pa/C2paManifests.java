package org.guildmark.core.evidence.c2pa;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.guildmark.core.read.Problem;

/**
 * The C2PA manifests a dossier names, by their path relative to the dossier, each read once: many assets may
 * share one manifest. The most recently used are kept, so a dossier with a manifest per asset does not fill the
 * heap.
 */
public final class C2paManifests {
    private static final int KEPT = 4096;

    private final Path directory;
    private final C2paReader reader = new C2paReader();
    private final Map<String, C2paEvidence> read = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, C2paEvidence> eldest) {
            return size() > KEPT;
        }
    };

    /** @param directory the dossier's directory, against which relative paths resolve */
    public C2paManifests(Path directory) {
        this.directory = directory;
    }

    /** The evidence of the manifest at {@code path}, as the dossier writes it. */
    public synchronized C2paEvidence manifest(String path) {
        return read.computeIfAbsent(path, this::load);
    }

    private C2paEvidence load(String path) {
        try {
            return reader.read(directory.resolve(path), path);
        } catch (InvalidPathException e) {
            return C2paEvidence.unreadable(path, new Problem(path, "", "is not a file path here: " + e.getReason()));
        }
    }
}
