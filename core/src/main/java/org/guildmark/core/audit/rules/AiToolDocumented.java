package org.guildmark.core.audit.rules;

import java.util.ArrayList;
import java.util.List;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.EffectiveTool;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;

/**
 * 4.2: every AI tool is documented: who makes it, what it was used for, where its training data came from. The
 * vendor may come from the tool's ML-BOM.
 */
public final class AiToolDocumented implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("ai-tool-documented", "4.2", Severity.MAJOR,
            "each AI tool has a vendor, purposes and trainingData.sourcing");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        for (EffectiveTool effective : context.effectiveTools()) {
            var tool = effective.tool();
            List<String> missing = new ArrayList<>();
            if (effective.vendor().isEmpty()) {
                missing.add("vendor");
            }
            if (tool.purposes().isEmpty()) {
                missing.add("purposes");
            }
            if (tool.trainingData() == null || tool.trainingData().sourcing() == null) {
                missing.add("trainingData.sourcing");
            }
            if (!missing.isEmpty()) {
                out.report(SPEC, tool.pointer(), "tool:" + tool.id(), "AI tool '" + tool.id() + "' does not document "
                        + String.join(", ", missing) + ".", "Complete the tool's entry; ask the vendor for a data "
                        + "statement or an ML-BOM if you lack the sourcing.");
            }
        }
    }
}
