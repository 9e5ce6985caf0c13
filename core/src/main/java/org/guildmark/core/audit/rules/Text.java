package org.guildmark.core.audit.rules;

import java.util.Collection;
import java.util.stream.Collectors;

import org.guildmark.core.dossier.Asset;
import org.guildmark.core.dossier.Wire;

/** Small phrases the rules' messages share. */
final class Text {
    private Text() {
    }

    static String use(Asset asset) {
        return switch (asset.aiUse()) {
            case GENERATED -> "generated";
            case COMPOSITE -> "composite";
            default -> Wire.code(asset.aiUse());
        };
    }

    static String codes(Collection<? extends Enum<?>> values) {
        return values.stream().map(Wire::code).collect(Collectors.joining(", "));
    }

    /** Why the ADL is what it is, in one clause of a sentence, for messages that explain a gap. */
    static String adlReason(org.guildmark.core.adl.Adl adl) {
        return "the computed level is " + adl.display() + " (" + adl.rule()
                + (adl.floors().isEmpty() ? "" : "; raised because " + adl.floors().get(0).reason()) + ")";
    }

    static String quote(org.guildmark.core.dossier.Claim claim) {
        return "Claim '" + claim.id() + "' (\"" + claim.text() + "\")";
    }

    static String list(Collection<String> items) {
        return String.join(", ", items);
    }
}
