package org.guildmark.core.dossier;

import java.time.LocalDate;

/** A statement signed by a person for a clause no machine can check. */
public record Attestation(int index, String clause, String by, LocalDate at, String statement) {
    public String pointer() {
        return "/attestations/" + index;
    }
}
