package org.guildmark.app.cli;

/** A file or download {@code guildmark verify} cannot use; the message names it and says what is wrong. */
final class UnusableInput extends Exception {
    private static final long serialVersionUID = 1L;

    UnusableInput(String message) {
        super(message);
    }
}
