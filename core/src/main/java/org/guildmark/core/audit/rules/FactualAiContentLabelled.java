package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AssetRule;
import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Asset;
import org.guildmark.core.dossier.Enums.Label;

/** 7.2: synthetic news, documentary and educational content is labelled as AI-assisted or AI-generated. */
public final class FactualAiContentLabelled implements AssetRule {
    static final RuleSpec SPEC = new RuleSpec("factual-ai-content-labelled", "7.2", Severity.BLOCKING,
            "in news, documentary and educational productions each delivered composite or generated asset "
                    + "carries the label ai-generated or ai-assisted");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(Asset asset, AuditContext context, FindingSink out) {
        if (!context.production().type().isFactual() || !asset.delivered() || !asset.aiUse().putsAiOutputInWork()) {
            return;
        }
        if (!asset.labels().contains(Label.AI_GENERATED) && !asset.labels().contains(Label.AI_ASSISTED)) {
            String label = asset.aiUse() == org.guildmark.core.dossier.Enums.AiUse.GENERATED ? "ai-generated" : "ai-assisted";
            out.report(SPEC, asset.pointer(), "asset:" + asset.id(), "Asset '" + asset.id() + "' is " + Text.use(asset)
                    + " AI content in a " + org.guildmark.core.dossier.Wire.code(context.production().type())
                    + " production and carries no AI label.",
                    "Show the on-screen label '" + label + "' with this asset and list it in labels.");
        }
    }
}
