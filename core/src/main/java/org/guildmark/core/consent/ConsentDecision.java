package org.guildmark.core.consent;

import java.util.List;

/** The answer to a {@link ConsentQuery}. */
public sealed interface ConsentDecision {

    boolean permitted();

    /** The use is covered by this consent. */
    record Permit(String consentId) implements ConsentDecision {
        @Override
        public boolean permitted() {
            return true;
        }
    }

    /** The use is not covered, for these reasons (never empty, in a fixed order). */
    record Deny(List<DenyReason> reasons) implements ConsentDecision {
        public Deny {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a denial has at least one reason");
            }
        }

        @Override
        public boolean permitted() {
            return false;
        }
    }
}
