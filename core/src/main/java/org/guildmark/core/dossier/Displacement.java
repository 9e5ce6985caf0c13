package org.guildmark.core.dossier;

import java.time.LocalDate;
import java.util.List;

/** A role displaced by AI, with the support given to the workers (clause 2.2). */
public record Displacement(int index, String role, int workers, String cause, LocalDate unionNotifiedAt, List<Support> support) {

    public record Support(Enums.SupportType type, int workers, String description) {
    }

    public String pointer() {
        return "/displacements/" + index;
    }

    public int supportedWorkers() {
        return support.stream().mapToInt(Support::workers).sum();
    }
}
