package org.guildmark.core.dossier;

import java.time.LocalDate;
import java.util.List;

/** The {@code production} section. Optional fields are null when absent. */
public record Production(
        String id,
        String title,
        Enums.ProductionType type,
        boolean commercial,
        String organization,
        List<String> territories,
        List<String> unions,
        LocalDate productionDate,
        LocalDate releaseDate,
        String codeVersion) {

    public boolean coveredBy(String union) {
        return unions.stream().anyMatch(u -> u.equalsIgnoreCase(union));
    }

    public boolean distributedIn(String territoryPrefix) {
        return territories.stream().anyMatch(t -> t.equals(territoryPrefix) || t.startsWith(territoryPrefix + "-"));
    }
}
