package org.guildmark.app.labor;

import java.util.List;

/** Why the labor module refused a request; nothing was stored when one is thrown. */
public abstract sealed class LaborRefusal extends RuntimeException {

    LaborRefusal(String message) {
        super(message);
    }

    /** Bad input, with every problem found (a CSV import lists each bad line). */
    public static final class Invalid extends LaborRefusal {
        private final List<LineProblem> problems;

        Invalid(String message, List<LineProblem> problems) {
            super(message);
            this.problems = List.copyOf(problems);
        }

        Invalid(String where, String detail) {
            this(detail, List.of(new LineProblem(0, where, detail)));
        }

        public List<LineProblem> problems() {
            return problems;
        }
    }

    /** Nothing by that name, or nothing the caller may see. */
    public static final class NotFound extends LaborRefusal {
        NotFound(String message) {
            super(message);
        }
    }

    /** Allowed in general, not in the current state (a code already taken). */
    public static final class Conflict extends LaborRefusal {
        Conflict(String message) {
            super(message);
        }
    }
}
