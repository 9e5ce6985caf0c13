package org.guildmark.core.evidence.c2pa;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.guildmark.core.dossier.Enums.AiUse;
import org.guildmark.core.read.Problem;

/**
 * What a C2PA manifest (c2patool JSON) says about how an asset was made: its actions with their IPTC digital
 * source types and software agents, and the training and data-mining permissions it grants. {@code title} is
 * null when the manifest has none. {@code problems} lists what could not be read, by JSON pointer; what could be
 * read is still here.
 *
 * @param trainingPermissions use ({@code allowed}, {@code notAllowed} or {@code constrained}) by entry key
 *                            ({@code cawg.ai_training}, {@code c2pa.ai_generative_training}, …)
 */
public record C2paEvidence(String source, String title, List<C2paAction> actions,
        Map<String, String> trainingPermissions, List<String> notes, List<Problem> problems) {

    public C2paEvidence {
        actions = List.copyOf(actions);
        trainingPermissions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(trainingPermissions));
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }

    /** Nothing read, for one reason. */
    static C2paEvidence unreadable(String source, Problem problem) {
        return new C2paEvidence(source, null, List.of(), Map.of(), List.of(), List.of(problem));
    }

    /**
     * The strongest AI use any action's source type stands for (generated > composite > enhanced > none); empty
     * when no action names a source type Guildmark knows. Non-trained algorithmic media counts as none.
     */
    public Optional<AiUse> aiUse() {
        return sourceTypes().stream().map(SourceType::aiUse).flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
    }

    /** The distinct source types the actions name, in file order. */
    public List<SourceType> sourceTypes() {
        return actions.stream().map(C2paAction::sourceType).filter(Objects::nonNull).distinct().toList();
    }

    /** The distinct software agents of the actions, in file order. */
    public List<SoftwareAgent> softwareAgents() {
        return actions.stream().map(C2paAction::softwareAgent).filter(Objects::nonNull).distinct().toList();
    }

    /** The agents of actions whose source type is AI at work (enhanced, composite or generated): the AI tools. */
    public List<SoftwareAgent> aiAgents() {
        return actions.stream()
                .filter(a -> a.softwareAgent() != null && a.sourceType() != null
                        && a.sourceType().aiUse().filter(u -> u.compareTo(AiUse.ENHANCED) >= 0).isPresent())
                .map(C2paAction::softwareAgent).distinct().toList();
    }

    /** The agents of actions that made trained algorithmic media. */
    public List<SoftwareAgent> trainedAgents() {
        return actions.stream().filter(a -> a.softwareAgent() != null && a.sourceType() != null
                && a.sourceType().trained()).map(C2paAction::softwareAgent).distinct().toList();
    }

    /** Whether everything in the file could be read. */
    public boolean complete() {
        return problems.isEmpty();
    }
}
