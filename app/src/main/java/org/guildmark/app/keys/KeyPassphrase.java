package org.guildmark.app.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passphrase the private keys are encrypted under: {@code GUILDMARK_KEY_PASSPHRASE} when set; otherwise one
 * generated once into {@value #FILE} in the data directory, readable by its owner only, so a demo needs no setup.
 * A deployment should set the variable (from its secret store) and keep the file's directory out of backups
 * that travel with the database.
 */
final class KeyPassphrase {

    static final String FILE = "guild-key-passphrase";

    private static final Logger log = LoggerFactory.getLogger(KeyPassphrase.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private KeyPassphrase() {
    }

    /** The configured passphrase, or the one in the data directory's file, generated there on first use. */
    static String resolve(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Path file = dataDir.resolve(FILE);
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) {
                create(file);
                log.warn("GUILDMARK_KEY_PASSPHRASE is not set: generated a key passphrase into {} (owner-only). "
                        + "Set GUILDMARK_KEY_PASSPHRASE for a real deployment.", file.toAbsolutePath());
            } else {
                log.warn("GUILDMARK_KEY_PASSPHRASE is not set: using the key passphrase in {}", file.toAbsolutePath());
            }
            String passphrase = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (passphrase.isEmpty()) {
                throw new IllegalStateException("the key passphrase file " + file + " is empty");
            }
            return passphrase;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key passphrase file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String passphrase = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            // Created owner-only from the start, so the secret is never readable by others, not even briefly.
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, passphrase + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException anotherStartWasFirst) {
            // Another process created it meanwhile; its passphrase is the one to use.
        }
    }
}
