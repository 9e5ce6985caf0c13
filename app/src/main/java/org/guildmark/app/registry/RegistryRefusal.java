package org.guildmark.app.registry;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why the registry refused a request. Each kind maps to one HTTP status in the API; the message says what is
 * wrong and what to do. None of them names anything the caller may not see.
 */
public abstract sealed class RegistryRefusal extends RuntimeException {

    RegistryRefusal(String message) {
        super(message);
    }

    /** No such grant or obligation, or none the caller may see: the same answer, so ids do not leak. */
    public static final class NotFound extends RegistryRefusal {
        public NotFound(String what) {
            super("No " + what + " with that id is visible to you.");
        }
    }

    /** The caller sees the grant but may not do this to it. */
    public static final class NotPermitted extends RegistryRefusal {
        public NotPermitted(String message) {
            super(message);
        }
    }

    /** The grant's lifecycle does not allow this change from its current status. */
    public static final class IllegalTransition extends RegistryRefusal {
        private final ConsentStatus from;
        private final ConsentStatus to;

        public IllegalTransition(ConsentStatus from, ConsentStatus to, Set<ConsentStatus> allowed) {
            super("A " + from.code() + " grant cannot become " + to.code() + "; "
                    + (allowed.isEmpty() ? from.code() + " is final, so record a new grant instead."
                    : "from " + from.code() + " it may become only " + codes(allowed) + "."));
            this.from = from;
            this.to = to;
        }

        public ConsentStatus from() {
            return from;
        }

        public ConsentStatus to() {
            return to;
        }

        private static String codes(Set<ConsentStatus> statuses) {
            TreeSet<String> codes = new TreeSet<>();
            statuses.forEach(status -> codes.add(status.code()));
            return String.join(", ", codes);
        }
    }

    /** The request conflicts with what the grant holds (a second confirmation, a use outside its scope, ...). */
    public static final class Conflict extends RegistryRefusal {
        private final String pointer;

        public Conflict(String pointer, String message) {
            super(message);
            this.pointer = pointer;
        }

        /** The JSON pointer of the input at issue, or null. */
        public String pointer() {
            return pointer;
        }
    }

    /** The input is invalid: every problem with its JSON pointer. */
    public static final class InvalidInput extends RegistryRefusal {
        private final List<InputProblem> problems;

        public InvalidInput(List<InputProblem> problems) {
            super(problems.size() == 1 ? problems.get(0).detail()
                    : problems.size() + " problems in the request; see errors.");
            this.problems = List.copyOf(problems);
        }

        public static InvalidInput at(String pointer, String detail) {
            return new InvalidInput(List.of(new InputProblem(pointer, detail)));
        }

        public List<InputProblem> problems() {
            return problems;
        }
    }

    /** One problem of the input: where (a JSON pointer into the request body) and what to do. */
    public record InputProblem(String pointer, String detail) {
    }
}
