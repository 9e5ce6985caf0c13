package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.EffectiveTool;
import org.guildmark.core.audit.EffectiveTool.TrainingLicence;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Enums.ToolKind;

/** 5.2: a generative model's output derives from its data, which an ND licence forbids. */
public final class NoDerivativesLicenceRespected implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("no-derivatives-licence-respected", "5.2", Severity.MAJOR,
            "no ND (no-derivatives) licence in a generative tool's training data");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        for (EffectiveTool tool : context.effectiveTools()) {
            if (tool.tool().kind() != ToolKind.GENERATIVE) {
                continue;
            }
            for (TrainingLicence licence : tool.licences()) {
                if (Licences.noDerivatives(licence.licence())) {
                    out.report(SPEC, licence.subject(), "tool:" + tool.id() + "/" + licence.licence(),
                            "Generative tool '" + tool.id() + "' was trained on " + licence.described()
                                    + " data; its output may be a derivative the licence forbids.",
                            "Confirm with the rights holders, or use a tool trained without ND-licensed works.");
                }
            }
        }
    }
}
