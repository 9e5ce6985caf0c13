package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.EffectiveTool;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Enums.Sourcing;

/**
 * 5.2: open-licensed training data names its licences, in the dossier or its ML-BOM, so compliance can be judged
 * at all.
 */
public final class OpenLicencesIdentified implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("open-licences-identified", "5.2", Severity.BLOCKING,
            "an open-license or mixed training set lists its SPDX licences");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        for (EffectiveTool tool : context.effectiveTools()) {
            var td = tool.tool().trainingData();
            if (td != null && (td.sourcing() == Sourcing.OPEN_LICENSE || td.sourcing() == Sourcing.MIXED)
                    && tool.licences().isEmpty()) {
                out.report(SPEC, tool.pointer() + "/trainingData", "tool:" + tool.id(), "AI tool '" + tool.id()
                        + "' uses open-licensed data but lists no licences.",
                        "List the SPDX identifiers in trainingData.licenses (e.g. CC-BY-4.0).");
            }
        }
    }
}
