package org.guildmark.app.registry;

import java.util.Objects;
import java.util.UUID;

import org.guildmark.core.dossier.Enums.PersonCategory;
import org.guildmark.core.dossier.Enums.RepresentativeRelation;

/**
 * One representative entry of a person, as stored: who ({@code name}) may act for the person, as what. A
 * representative account is bound to such entries, so what it may approve follows from the relation.
 */
public record RegisteredRepresentative(UUID id, UUID person, String personName, PersonCategory category,
        String name, RepresentativeRelation relation) {

    public RegisteredRepresentative {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(personName, "personName");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(relation, "relation");
    }

    /** E.g. "Elin Sand (minor) — Karin Sand, guardian". */
    public String label() {
        return personName + (category == PersonCategory.ADULT ? "" : " (" + Codes.code(category) + ")") + " — "
                + name + ", " + Codes.code(relation);
    }
}
