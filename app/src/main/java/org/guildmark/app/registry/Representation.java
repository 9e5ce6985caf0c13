package org.guildmark.app.registry;

import java.util.Objects;
import java.util.UUID;

import org.guildmark.core.dossier.Enums.RepresentativeRelation;

/** That a representative account acts for {@code person}, as the representative {@code name} with this relation. */
public record Representation(UUID person, String name, RepresentativeRelation relation) {

    public Representation {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(relation, "relation");
    }
}
