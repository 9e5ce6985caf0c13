package org.guildmark.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dossier uploaded to the server, as core's reader needs it: a file. Its bytes go to a private scratch
 * directory under the data directory for the length of one read and are deleted afterwards; only what the caller
 * stores (by SHA-256) remains. The name shown for it is the client's file name, cleaned.
 */
public final class UploadedDossier {

    private static final Logger log = LoggerFactory.getLogger(UploadedDossier.class);

    private UploadedDossier() {
    }

    /** What is done with the upload's scratch file; its directory is scratch too and deleted with it. */
    @FunctionalInterface
    public interface Reading<T> {
        T read(Path file) throws IOException;
    }

    /** The client's file name without its path, only {@code [A-Za-z0-9._ -]}, at most 200 characters. */
    public static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        if (name.isEmpty()) {
            return "dossier";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** Writes {@code bytes} to a scratch file named for its kind, runs {@code reading} on it, and deletes it. */
    public static <T> T read(byte[] bytes, String fileName, Path dataDir, String prefix, Reading<T> reading) {
        Path scratch = dataDir.resolve("scratch");
        Path directory = null;
        try {
            Files.createDirectories(scratch);
            directory = Files.createTempDirectory(scratch, prefix);
            Path file = directory.resolve("dossier" + extension(fileName));
            Files.write(file, bytes);
            return reading.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload in " + scratch, e);
        } finally {
            deleteTree(directory);
        }
    }

    /** The reader tells YAML from JSON by the extension: keep it, nothing else of the client's name. */
    static String extension(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        for (String ext : List.of(".json", ".yaml", ".yml")) {
            if (lower.endsWith(ext)) {
                return ext;
            }
        }
        return ""; // the reader then tells them apart by the first byte
    }

    private static void deleteTree(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            log.warn("Could not remove the scratch directory {}: {}", directory, e.toString());
        }
    }
}
