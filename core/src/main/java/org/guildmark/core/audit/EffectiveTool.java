package org.guildmark.core.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.guildmark.core.dossier.AiTool;
import org.guildmark.core.evidence.mlbom.MlBom;

/**
 * An AI tool as the rules judge it: the dossier's entry, completed by what its ML-BOM says where the dossier is
 * silent. The dossier itself is never changed.
 *
 * @param vendor the dossier's vendor, else the ML-BOM's
 * @param licences the training data's licences: the dossier's, then those of the ML-BOM's datasets not already named
 * @param mlBom the tool's ML-BOM as read, when the dossier names one
 */
public record EffectiveTool(AiTool tool, Optional<String> vendor, List<TrainingLicence> licences,
        Optional<MlBom> mlBom) {

    public EffectiveTool {
        licences = List.copyOf(licences);
    }

    public static EffectiveTool of(AiTool tool, Optional<MlBom> mlBom) {
        Optional<String> vendor = Optional.ofNullable(tool.vendor()).or(() -> mlBom.flatMap(MlBom::vendor));
        // Keyed case-blind, so a licence both documents name is judged once, as the dossier states it.
        Map<String, TrainingLicence> licences = new LinkedHashMap<>();
        var td = tool.trainingData();
        if (td != null && td.licenses() != null) {
            String subject = tool.pointer() + "/trainingData/licenses";
            td.licenses().forEach(l -> add(licences, new TrainingLicence(l, Optional.empty(), subject)));
        }
        String subject = tool.pointer() + "/trainingData/mlBom";
        for (MlBom.Dataset dataset : mlBom.map(MlBom::datasets).orElse(List.of())) {
            dataset.licences().forEach(l -> add(licences, new TrainingLicence(l, Optional.of(dataset.name()), subject)));
        }
        return new EffectiveTool(tool, vendor, List.copyOf(licences.values()), mlBom);
    }

    private static void add(Map<String, TrainingLicence> licences, TrainingLicence licence) {
        licences.putIfAbsent(licence.licence().toUpperCase(Locale.ROOT), licence);
    }

    public String id() {
        return tool.id();
    }

    public String pointer() {
        return tool.pointer();
    }

    /**
     * One licence of the training data and where it is stated: in the dossier ({@code dataset} empty), or for a
     * dataset of the ML-BOM. {@code subject} is the JSON pointer a finding about it cites.
     */
    public record TrainingLicence(String licence, Optional<String> dataset, String subject) {

        /** The licence for a finding's message, naming the ML-BOM dataset it came from. */
        public String described() {
            return dataset.map(d -> licence + " (dataset '" + d + "' in its ML-BOM)").orElse(licence);
        }
    }
}
