package org.guildmark.core.disclosure;

import org.guildmark.core.dossier.Enums.AiUse;

/** The IPTC Digital Source Type of each AI use, as {@code adl.md} maps them and C2PA records them. */
public final class SourceTypes {
    public static final String BASE = "http://cv.iptc.org/newscodes/digitalsourcetype/";

    private SourceTypes() {
    }

    /** The term for an asset's AI use; human-made assets are taken as captured. */
    public static String term(AiUse use) {
        return switch (use) {
            case GENERATED -> "trainedAlgorithmicMedia";
            case COMPOSITE -> "compositeWithTrainedAlgorithmicMedia";
            case ENHANCED -> "algorithmicallyEnhanced";
            case NONE, ASSISTED -> "digitalCapture";
        };
    }

    public static String uri(AiUse use) {
        return BASE + term(use);
    }
}
