package org.guildmark.app.security;

import java.io.PrintStream;
import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;

/**
 * On a start with no admin account, creates {@code admin}: with the configured password
 * ({@code GUILDMARK_ADMIN_PASSWORD}, i.e. {@code guildmark.admin-password}) if there is one, else with a random
 * one-time password printed once to the console, never to the log, which must be replaced at the first sign-in.
 * Only the hash is stored, so a later start has nothing to print.
 */
public final class AdminBootstrap implements ApplicationRunner {

    /** The admin account's username. */
    public static final String ADMIN = "admin";

    static final int GENERATED_LENGTH = 24;

    /** Letters and digits without the look-alikes 0/O, 1/l/I: 56 symbols, about 139 bits in 24 characters. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final String configuredPassword;
    private final PrintStream console;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param configuredPassword the admin password to use, or null or blank to generate one
     * @param console            where a generated password is shown, once
     */
    public AdminBootstrap(Accounts accounts, String configuredPassword, PrintStream console) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
        this.console = console;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        ensureAdmin();
    }

    /** Creates the admin account unless one exists; returns whether it did. */
    public boolean ensureAdmin() {
        if (accounts.anyAdmin()) {
            return false;
        }
        boolean configured = configuredPassword != null && !configuredPassword.isBlank();
        String password = configured ? configuredPassword : generatePassword();
        try {
            // A password printed on the console has been seen there: its holder replaces it at the first sign-in.
            accounts.create(ADMIN, password, Role.ADMIN, null, null,
                    configured ? PasswordKind.OWN : PasswordKind.TEMPORARY);
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return false;
        }
        if (configured) {
            log.info("Created the account '{}' with the password from GUILDMARK_ADMIN_PASSWORD", ADMIN);
        } else {
            log.info("Created the account '{}' with a one-time password, shown on the console", ADMIN);
            console.println();
            console.println("Guildmark created the account '" + ADMIN + "' with this one-time password. "
                    + "It is shown only now and never again; keep it safe:");
            console.println();
            console.println("    " + password);
            console.println();
            console.println("Signing in with it, you choose your own password first.");
            console.println();
            console.flush();
        }
        return true;
    }

    private String generatePassword() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
