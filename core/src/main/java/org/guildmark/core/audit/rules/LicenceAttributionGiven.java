package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.EffectiveTool;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;

/** 5.2: CC-BY and CC-BY-SA data is used in compliance only with its attribution. */
public final class LicenceAttributionGiven implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("licence-attribution-given", "5.2", Severity.MINOR,
            "a training set under a licence requiring attribution (CC-BY*, CC-BY-SA*) has an attribution");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        for (EffectiveTool tool : context.effectiveTools()) {
            var td = tool.tool().trainingData();
            if (td == null || td.attribution() != null) {
                continue;
            }
            tool.licences().stream().filter(l -> Licences.requiresAttribution(l.licence())).findFirst()
                    .ifPresent(licence -> out.report(SPEC, tool.pointer() + "/trainingData", "tool:" + tool.id(),
                            "AI tool '" + tool.id() + "' uses " + licence.described()
                                    + " data but gives no attribution.",
                            "Add trainingData.attribution (or where the attribution list is published)."));
        }
    }
}
