package org.guildmark.app.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.guildmark.core.dossier.Enums.PersonCategory;
import org.guildmark.core.dossier.Person.Representative;

/**
 * A person in the registry with the representatives who may consent on their behalf.
 * {@code dateOfBirth} and {@code dateOfDeath} may be null.
 */
public record RegisteredPerson(
        UUID id,
        String name,
        PersonCategory category,
        LocalDate dateOfBirth,
        LocalDate dateOfDeath,
        List<Representative> representatives) {

    public RegisteredPerson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        representatives = List.copyOf(representatives);
        if (dateOfBirth != null && dateOfDeath != null && dateOfDeath.isBefore(dateOfBirth)) {
            throw new IllegalArgumentException("date of death " + dateOfDeath + " is before birth " + dateOfBirth);
        }
    }
}
