package org.guildmark.core.dossier;

import java.util.List;

/** An AI tool used on the production. Optional fields are null when absent. */
public record AiTool(
        int index,
        String id,
        String name,
        String vendor,
        String version,
        Enums.ToolKind kind,
        List<String> purposes,
        TrainingData trainingData) {

    /** Where the tool's training data came from (clauses 4.2 and 5.2). Optional fields are null. */
    public record TrainingData(Enums.Sourcing sourcing, List<String> licenses, String attribution, String evidence, String mlBom) {
    }

    public String pointer() {
        return "/aiTools/" + index;
    }
}
