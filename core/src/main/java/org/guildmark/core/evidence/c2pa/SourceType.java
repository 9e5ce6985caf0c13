package org.guildmark.core.evidence.c2pa;

import java.util.Map;
import java.util.Optional;

import org.guildmark.core.dossier.Enums.AiUse;

/**
 * An IPTC digital source type named by a C2PA action, by its bare term ({@code trainedAlgorithmicMedia}), with
 * what it means for {@code ai.use} as adl.md defines it.
 */
public record SourceType(String term) {
    public static final String IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/";

    private record Meaning(String words, AiUse use) {
    }

    private static final Map<String, Meaning> TERMS = Map.ofEntries(
            Map.entry("trainedAlgorithmicMedia", new Meaning("trained algorithmic media", AiUse.GENERATED)),
            Map.entry("compositeWithTrainedAlgorithmicMedia",
                    new Meaning("composite with trained algorithmic media", AiUse.COMPOSITE)),
            Map.entry("algorithmicallyEnhanced", new Meaning("algorithmically enhanced", AiUse.ENHANCED)),
            // Made by an algorithm without sampled training data: not generative AI (adl.md).
            Map.entry("algorithmicMedia", new Meaning("non-trained algorithmic media", AiUse.NONE)),
            Map.entry("digitalCapture", new Meaning("digital capture", AiUse.NONE)),
            Map.entry("computationalCapture", new Meaning("computational capture", AiUse.NONE)),
            Map.entry("negativeFilm", new Meaning("negative film", AiUse.NONE)),
            Map.entry("positiveFilm", new Meaning("positive film", AiUse.NONE)),
            Map.entry("print", new Meaning("print", AiUse.NONE)),
            Map.entry("minorHumanEdits", new Meaning("minor human edits", AiUse.NONE)),
            Map.entry("humanEdits", new Meaning("human edits", AiUse.NONE)),
            Map.entry("digitalCreation", new Meaning("digital creation", AiUse.NONE)),
            Map.entry("digitalArt", new Meaning("digital art", AiUse.NONE)),
            Map.entry("dataDrivenMedia", new Meaning("data-driven media", AiUse.NONE)),
            Map.entry("screenCapture", new Meaning("screen capture", AiUse.NONE)),
            Map.entry("virtualRecording", new Meaning("virtual recording", AiUse.NONE)),
            Map.entry("composite", new Meaning("composite", AiUse.NONE)),
            Map.entry("compositeCapture", new Meaning("composite of captures", AiUse.NONE)),
            Map.entry("compositeSynthetic", new Meaning("composite with synthetic elements", AiUse.NONE)));

    /**
     * The source type a {@code digitalSourceType} value names, given as the full IPTC URI or the bare term; empty
     * when the value is not in the IPTC vocabulary's form at all (another vocabulary, or not a word).
     */
    public static Optional<SourceType> parse(String value) {
        String term = value.strip();
        for (String base : new String[] {IPTC, "https://cv.iptc.org/newscodes/digitalsourcetype/"}) {
            if (term.startsWith(base)) {
                term = term.substring(base.length());
                break;
            }
        }
        return term.matches("[A-Za-z]+") ? Optional.of(new SourceType(term)) : Optional.empty();
    }

    public String uri() {
        return IPTC + term;
    }

    /** Whether the term is in the IPTC vocabulary as Guildmark knows it. */
    public boolean known() {
        return TERMS.containsKey(term);
    }

    /** The {@code ai.use} this source type stands for; empty for a term Guildmark does not know. */
    public Optional<AiUse> aiUse() {
        return Optional.ofNullable(TERMS.get(term)).map(Meaning::use);
    }

    /** Made by a trained model, alone or composited: AI output is in the work. */
    public boolean trained() {
        return aiUse().map(AiUse::putsAiOutputInWork).orElse(false);
    }

    /** In words: "trained algorithmic media", "non-trained algorithmic media", …; the term itself when unknown. */
    public String meaning() {
        Meaning m = TERMS.get(term);
        return m == null ? term : m.words();
    }

    @Override
    public String toString() {
        return term;
    }
}
