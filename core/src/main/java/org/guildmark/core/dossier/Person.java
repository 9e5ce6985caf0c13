package org.guildmark.core.dossier;

import java.time.LocalDate;
import java.util.List;

/**
 * Someone the dossier refers to. {@code dateOfBirth}, {@code dateOfDeath}, {@code union} and {@code registryId}
 * may be null.
 *
 * @param registryId the person's id in a consent registry (a UUID), so {@code guildmark audit --registry} can ask
 *                   the registry for their consents; null when the dossier's own consents are all there is
 */
public record Person(
        int index,
        String id,
        String name,
        Enums.PersonCategory category,
        LocalDate dateOfBirth,
        LocalDate dateOfDeath,
        List<Representative> representatives,
        UnionMembership union,
        String registryId) {

    /** A person not linked to a consent registry. */
    public Person(int index, String id, String name, Enums.PersonCategory category, LocalDate dateOfBirth,
            LocalDate dateOfDeath, List<Representative> representatives, UnionMembership union) {
        this(index, id, name, category, dateOfBirth, dateOfDeath, representatives, union, null);
    }

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
