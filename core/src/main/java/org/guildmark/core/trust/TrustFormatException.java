package org.guildmark.core.trust;

/**
 * Input in one of the trust formats (proof JSON, checkpoint, signed note, status list, certificate) that does not
 * follow its format. {@code where} names the offending part (a JSON pointer, a line number, a field) so the message
 * can say what to fix.
 */
public final class TrustFormatException extends IllegalArgumentException {
    private final String where;

    public TrustFormatException(String where, String message) {
        super(where.isEmpty() ? message : where + ": " + message);
        this.where = where;
    }

    public String where() {
        return where;
    }
}
