package org.guildmark.app.enforcement;

import java.time.Duration;
import java.util.List;

/**
 * Why enforcement refused a request; each kind maps to one HTTP status. The message says what is wrong and what to
 * do, and every refusal is also appended to the audit log.
 */
public abstract sealed class EnforcementRefusal extends RuntimeException {

    EnforcementRefusal(String message) {
        super(message, null, false, false);
    }

    /** Nothing with that id, or nothing the caller may see. */
    public static final class NotFound extends EnforcementRefusal {
        NotFound(String what) {
            super("No " + what + " with that id is visible to you.");
        }
    }

    /** A committee member recused from the case, or an action the caller may not take. */
    public static final class NotPermitted extends EnforcementRefusal {
        NotPermitted(String message) {
            super(message);
        }
    }

    /** The request conflicts with where the case stands. */
    public static final class Conflict extends EnforcementRefusal {
        Conflict(String message) {
            super(message);
        }
    }

    /** Too many attempts: submissions, or receipts that matched nothing. */
    public static final class TooMany extends EnforcementRefusal {
        private final Duration retryAfter;

        TooMany(String message, Duration retryAfter) {
            super(message);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** Input that cannot be used, field by field: a JSON pointer (API) that names a form field too. */
    public static final class Invalid extends EnforcementRefusal {
        private final List<Problem> problems;

        Invalid(List<Problem> problems) {
            super(problems.isEmpty() ? "Invalid input." : problems.get(0).detail());
            this.problems = List.copyOf(problems);
        }

        Invalid(String pointer, String detail) {
            this(List.of(new Problem(pointer, detail)));
        }

        public List<Problem> problems() {
            return problems;
        }

        /** The message for a form field ({@code /reasons} → {@code reasons}), if any. */
        public String forField(String field) {
            return problems.stream().filter(p -> p.pointer().equals("/" + field) || p.pointer().startsWith(
                    "/" + field + "/")).map(Problem::detail).findFirst().orElse(null);
        }
    }

    /**
     * One thing wrong: where (a JSON pointer), what, and a short code of the kind of problem for the audit log,
     * which never copies what the sender typed.
     */
    public record Problem(String pointer, String detail, String code) {
        public Problem(String pointer, String detail) {
            this(pointer, detail, "invalid");
        }
    }

    /** The audit log's words for this refusal: the pointers and codes, nothing the sender typed. */
    String audited() {
        if (this instanceof Invalid invalid) {
            return invalid.problems().stream().map(p -> (p.pointer().isEmpty() ? "/" : p.pointer()) + " " + p.code())
                    .reduce((a, b) -> a + "; " + b).orElse("invalid");
        }
        return getMessage();
    }
}
