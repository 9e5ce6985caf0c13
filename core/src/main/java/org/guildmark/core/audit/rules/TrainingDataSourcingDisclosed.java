package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.AiTool;
import org.guildmark.core.dossier.Enums.Sourcing;

/** 5.2: training data sourced ethically; undisclosed or unlicensed data is a finding. */
public final class TrainingDataSourcingDisclosed implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("training-data-sourced-ethically", "5.2", Severity.MAJOR,
            "no AI tool's training data is undisclosed or unlicensed");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        for (AiTool tool : context.dossier().aiTools()) {
            Sourcing s = tool.trainingData() == null ? null : tool.trainingData().sourcing();
            if (s == Sourcing.UNDISCLOSED || s == Sourcing.UNLICENSED) {
                out.report(SPEC, tool.pointer() + "/trainingData/sourcing", "tool:" + tool.id(), "AI tool '" + tool.id()
                        + "' was trained on " + (s == Sourcing.UNDISCLOSED ? "undisclosed" : "unlicensed") + " data.",
                        "Prefer a tool trained on licensed, public-domain, open-licensed or consented data, or obtain "
                                + "the vendor's data statement.");
            }
        }
    }
}
