package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AssetRule;
import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Asset;

/** 1.1: a person, not a tool, approves every delivered asset with AI output in it. */
public final class AiAssetHasHumanApprover implements AssetRule {
    static final RuleSpec SPEC = new RuleSpec("ai-asset-has-human-approver", "1.1", Severity.BLOCKING,
            "every delivered composite or generated asset has oversight.approvedBy, a person (not a tool)");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(Asset asset, AuditContext context, FindingSink out) {
        if (!asset.delivered() || !asset.aiUse().putsAiOutputInWork()) {
            return;
        }
        String approver = asset.oversight() == null ? null : asset.oversight().approvedBy();
        if (approver == null) {
            out.report(SPEC, asset.pointer(), "asset:" + asset.id(), "Asset '" + asset.id() + "' is "
                    + Text.use(asset) + " AI work in the final cut with no human approver.",
                    "Name the person with final creative authority over it in oversight.approvedBy.");
        } else if (!context.index().hasPerson(approver)) {
            out.report(SPEC, asset.pointer() + "/oversight/approvedBy", "asset:" + asset.id(), "Asset '"
                    + asset.id() + "' is approved by '" + approver + "', which is an AI tool, not a person.",
                    "Final creative authority stays human: name the person who approved it.");
        }
    }
}
