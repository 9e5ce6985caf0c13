package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.EffectiveTool;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.evidence.mlbom.MlBom;
import org.guildmark.core.evidence.mlbom.MlBomReader;

/**
 * 4.2: an ML-BOM the dossier offers as documentation of a tool can be read. One that cannot is evidence missing,
 * not a broken dossier: the audit goes on with what the dossier says.
 */
public final class MlBomReadable implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("ml-bom-readable", "4.2", Severity.MINOR,
            "an AI tool's trainingData.mlBom is a readable CycloneDX " + String.join("/", MlBomReader.SPEC_VERSIONS)
                    + " ML-BOM whose model card names the training datasets");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        for (EffectiveTool tool : context.effectiveTools()) {
            MlBom bom = tool.mlBom().orElse(null);
            if (bom != null && !bom.complete()) {
                out.report(SPEC, tool.pointer() + "/trainingData/mlBom", "tool:" + tool.id(), "The ML-BOM of AI tool '"
                        + tool.id() + "' (" + tool.tool().trainingData().mlBom() + ") could not be fully read: "
                        + String.join("; ", bom.problems()) + ".", "Fix the path, or ask the vendor for a CycloneDX "
                        + String.join(", ", MlBomReader.SPEC_VERSIONS) + " ML-BOM (at most 16 MiB) whose "
                        + "machine-learning-model component has a model card naming its datasets.");
            }
        }
    }
}
