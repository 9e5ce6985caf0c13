package org.guildmark.app.admin;

import java.security.SecureRandom;

/** Random passwords an admin hands to a new account holder, shown once. */
final class OneTimePassword {

    static final int LENGTH = 20;

    /** Letters and digits without the look-alikes 0/O, 1/l/I: about 116 bits in 20 characters. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePassword() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
