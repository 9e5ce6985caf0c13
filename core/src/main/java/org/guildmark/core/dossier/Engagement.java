package org.guildmark.core.dossier;

import java.time.LocalDate;

/** A paid engagement (clause 2.1). {@code end} may be null. */
public record Engagement(int index, String person, String role, LocalDate start, LocalDate end, Rate rate) {

    public record Rate(Money money, Enums.RateUnit unit) {
    }

    public String pointer() {
        return "/engagements/" + index;
    }
}
