package org.guildmark.app.security;

/**
 * Input an API endpoint refuses, answered as a 400 problem detail naming the field by its JSON pointer into the
 * request body (RFC 6901, e.g. {@code /queries/17/aspects/0}) and saying what to do.
 */
public final class BadApiRequest extends RuntimeException {

    private final String pointer;

    public BadApiRequest(String pointer, String detail) {
        super(detail, null, false, false);
        this.pointer = pointer;
    }

    /** The JSON pointer of the refused field ({@code ""} for the whole body). */
    public String pointer() {
        return pointer;
    }
}
