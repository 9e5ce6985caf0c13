package org.guildmark.core.disclosure;

import java.util.Set;

import org.guildmark.core.adl.Adl;
import org.guildmark.core.dossier.Dossier;
import org.guildmark.core.dossier.Enums.ProductionType;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** schema.org JSON-LD for the production, with its credits and the IPTC digital source types of its assets. */
final class JsonLd {
    private JsonLd() {
    }

    static ObjectNode production(Dossier dossier, Adl adl, CreditRoll credits, Set<String> sourceTypes) {
        var production = dossier.production();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("@context", "https://schema.org");
        root.put("@type", type(production.type()));
        root.put("identifier", "urn:guildmark:production:" + production.id());
        root.put("name", production.title());
        if (production.type() == ProductionType.DOCUMENTARY) {
            root.put("genre", "Documentary");
        }
        if (production.releaseDate() != null) {
            root.put("datePublished", production.releaseDate().toString());
        }
        if (production.organization() != null) {
            root.putObject("productionCompany").put("@type", "Organization").put("name", production.organization());
        }
        ArrayNode contributors = root.putArray("contributor");
        credits.departments().forEach((department, lines) -> lines.forEach(line -> {
            ObjectNode role = contributors.addObject();
            role.put("@type", "Role");
            role.put("roleName", line.roleTitle());
            role.putObject("contributor").put("@type", "Person").put("name", line.name());
        }));
        root.put("creditText", credits.creditText());
        ArrayNode types = root.putArray("digitalSourceType");
        sourceTypes.forEach(types::add);
        ObjectNode adlProperty = root.putArray("additionalProperty").addObject();
        adlProperty.put("@type", "PropertyValue");
        adlProperty.put("propertyID", "AIMEG-ADL");
        adlProperty.put("name", "AI Dependency Level");
        adlProperty.put("value", adl.display());
        return root;
    }

    private static String type(ProductionType type) {
        return switch (type) {
            case FEATURE, SHORT, DOCUMENTARY -> "Movie";
            case SERIES -> "TVSeries";
            case EPISODE -> "TVEpisode";
            case MUSIC_VIDEO -> "MusicVideoObject";
            case NEWS, EDUCATIONAL, COMMERCIAL -> "VideoObject";
            case INTERACTIVE, OTHER -> "CreativeWork";
        };
    }
}
