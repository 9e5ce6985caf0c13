package org.guildmark.app.certification;

import java.util.List;

/**
 * Why certification refused a request. Each kind maps to one HTTP status in the API and to a message on the pages;
 * the message says what is wrong and what to do.
 */
public abstract sealed class CertificationRefusal extends RuntimeException {

    CertificationRefusal(String message) {
        super(message, null, false, false);
    }

    /** Nothing with that id, or nothing the caller may see: the same answer, so ids do not leak. */
    public static final class NotFound extends CertificationRefusal {
        NotFound(String what) {
            super("No " + what + " with that id is visible to you.");
        }
    }

    public static final class NotPermitted extends CertificationRefusal {
        NotPermitted(String message) {
            super(message);
        }
    }

    /** The request conflicts with the state of the submission or certificate. */
    public static final class Conflict extends CertificationRefusal {
        Conflict(String message) {
            super(message);
        }
    }

    /** Input that cannot be used, with where: a JSON pointer or a dossier location. */
    public static final class Invalid extends CertificationRefusal {
        private final List<Problem> problems;

        Invalid(String message, List<Problem> problems) {
            super(message);
            this.problems = List.copyOf(problems);
        }

        Invalid(String pointer, String detail) {
            this(detail, List.of(new Problem(pointer, detail)));
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** One thing wrong: where, and what. */
    public record Problem(String where, String detail) {
    }
}
