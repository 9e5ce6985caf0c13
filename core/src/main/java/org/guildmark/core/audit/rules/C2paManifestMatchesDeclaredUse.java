package org.guildmark.core.audit.rules;

import java.util.List;
import java.util.stream.Collectors;

import org.guildmark.core.audit.AssetRule;
import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Asset;
import org.guildmark.core.dossier.Enums.AiUse;
import org.guildmark.core.dossier.Wire;
import org.guildmark.core.evidence.c2pa.C2paEvidence;
import org.guildmark.core.evidence.c2pa.SoftwareAgent;
import org.guildmark.core.evidence.c2pa.SourceType;

/**
 * 1.3: an asset's own C2PA manifest is evidence of how it was made; declaring less AI than it records misleads
 * about the work's provenance.
 */
public final class C2paManifestMatchesDeclaredUse implements AssetRule {
    static final RuleSpec SPEC = new RuleSpec("c2pa-manifest-matches-declared-use", "1.3", Severity.BLOCKING,
            "an asset whose ai.c2pa manifest records trained algorithmic media (generated or composite) does not "
                    + "declare ai.use none, assisted or enhanced");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(Asset asset, AuditContext context, FindingSink out) {
        if (asset.ai() == null || asset.ai().c2pa() == null || asset.aiUse().putsAiOutputInWork()) {
            return;
        }
        C2paEvidence manifest = context.c2paManifest(asset.ai().c2pa());
        AiUse recorded = manifest.aiUse().orElse(AiUse.NONE);
        if (!recorded.putsAiOutputInWork()) {
            return;
        }
        List<SourceType> trained = manifest.sourceTypes().stream().filter(SourceType::trained).toList();
        List<SoftwareAgent> agents = manifest.trainedAgents();
        out.report(SPEC, asset.pointer() + "/ai/use", "asset:" + asset.id(), "Asset '" + asset.id()
                + "' declares ai.use " + Wire.code(asset.aiUse()) + ", but its C2PA manifest " + asset.ai().c2pa()
                + " records " + trained.stream().map(t -> t.meaning() + " (" + t.term() + ")")
                        .collect(Collectors.joining(", "))
                + (agents.isEmpty() ? "" : " by " + agents.stream().map(SoftwareAgent::toString)
                        .collect(Collectors.joining(", ")))
                + ": the asset is " + Wire.code(recorded) + " AI work.",
                "Declare ai.use " + Wire.code(recorded) + " as the manifest records, list the tool in ai.tools, "
                        + "and disclose the ADL that follows; if the manifest belongs to another asset, attach the "
                        + "right one.");
    }
}
