package org.guildmark.core.dossier;

import java.time.LocalDate;
import java.util.List;

/** Someone the dossier refers to. {@code dateOfBirth}, {@code dateOfDeath} and {@code union} may be null. */
public record Person(
        int index,
        String id,
        String name,
        Enums.PersonCategory category,
        LocalDate dateOfBirth,
        LocalDate dateOfDeath,
        List<Representative> representatives,
        UnionMembership union) {

    public record Representative(String name, Enums.RepresentativeRelation relation) {
    }

    public record UnionMembership(String name, String local) {
    }

    public String pointer() {
        return "/people/" + index;
    }

    /**
     * The category that governs special protection on a date: a person under 18 on that date is a minor
     * whatever {@code category} says, and a recorded death makes the person deceased.
     */
    public Enums.PersonCategory categoryOn(LocalDate date) {
        if (category == Enums.PersonCategory.DECEASED || (dateOfDeath != null && !date.isBefore(dateOfDeath))) {
            return Enums.PersonCategory.DECEASED;
        }
        if (dateOfBirth != null && date != null && dateOfBirth.plusYears(18).isAfter(date)) {
            return Enums.PersonCategory.MINOR;
        }
        return category;
    }
}
