package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.EffectiveTool;
import org.guildmark.core.audit.EffectiveTool.TrainingLicence;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;

/** 5.2: data licensed for non-commercial use only cannot train tools for a commercial production. */
public final class NonCommercialLicenceRespected implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("non-commercial-licence-respected", "5.2", Severity.BLOCKING,
            "no NC (non-commercial) licence in the training data of a commercial production's tools");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        if (!context.production().commercial()) {
            return;
        }
        for (EffectiveTool tool : context.effectiveTools()) {
            for (TrainingLicence licence : tool.licences()) {
                if (Licences.nonCommercial(licence.licence())) {
                    out.report(SPEC, licence.subject(), "tool:" + tool.id() + "/" + licence.licence(),
                            "AI tool '" + tool.id() + "' was trained on " + licence.described()
                                    + " data, which forbids commercial use, in a commercial production.",
                            "Replace the tool, or obtain a commercial licence for its training data.");
                }
            }
        }
    }
}
