package org.guildmark.app.enforcement;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.guildmark.app.DatabaseTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The anonymous reporter's receipt: 16 random digits (about 53 bits), shown once and stored only as a
 * PBKDF2-HMAC-SHA256 hash under one salt kept in the database. Finding a case by its receipt hashes the receipt
 * given, so guessing online costs a slow hash each try (and {@link ClientThrottle} locks a guesser out), and a copy of
 * the database does not open a case without 10^16 slow hashes.
 */
@Component
class Receipts {

    static final int DIGITS = 16;

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final EnforcementProperties properties;
    private final Clock clock;
    private volatile byte[] salt;

    Receipts(JdbcClient jdbc, EnforcementProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new receipt: 16 digits, the first never 0 so it reads as a number of 16 digits. */
    String generate() {
        StringBuilder digits = new StringBuilder(DIGITS);
        digits.append(1 + random.nextInt(9));
        while (digits.length() < DIGITS) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    /** {@code 1234 5678 9012 3456}, as the pages show it. */
    static String formatted(String receipt) {
        return receipt.substring(0, 4) + " " + receipt.substring(4, 8) + " " + receipt.substring(8, 12) + " "
                + receipt.substring(12);
    }

    /** The 16 digits of what a reporter typed, spaces and dashes aside; empty if it is not 16 digits. */
    static Optional<String> normalized(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s-]", "");
        return digits.matches("[0-9]{" + DIGITS + "}") ? Optional.of(digits) : Optional.empty();
    }

    String hash(String receipt) {
        PBEKeySpec spec = new PBEKeySpec(receipt.toCharArray(), salt(), properties.receiptHashIterations(), 256);
        try {
            return HexFormat.of().formatHex(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec).getEncoded());
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    private byte[] salt() {
        byte[] known = salt;
        if (known != null) {
            return known;
        }
        Optional<byte[]> stored = read();
        if (stored.isEmpty()) {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            try {
                jdbc.sql("INSERT INTO enforcement_secret (id, receipt_salt, created_at) VALUES (1, :s, :at)")
                        .param("s", fresh).param("at", DatabaseTime.utc(clock.instant())).update();
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                // Theirs is the salt; read it below.
            }
            stored = read();
        }
        salt = stored.orElseThrow();
        return salt;
    }

    private Optional<byte[]> read() {
        return jdbc.sql("SELECT receipt_salt FROM enforcement_secret WHERE id = 1").query(byte[].class).optional();
    }
}
