package org.guildmark.app.labor;

/** What is wrong with an input, and where: a CSV line and column, or a form field (line 0). */
public record LineProblem(int line, String where, String detail) {

    /** {@code line 4, minimum: ...} or {@code effectiveFrom: ...}. */
    public String describe() {
        return (line > 0 ? "line " + line + (where.isEmpty() ? "" : ", " + where) : where) + ": " + detail;
    }
}
