package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;

/** 4.3: declaring two or more levels above the computed one is AI washing. */
public final class DeclaredAdlNotInflated implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("declared-adl-not-inflated", "4.3", Severity.MAJOR,
            "disclosure.declaredAdl is less than the computed ADL + 2 (AI washing)");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        var disclosure = context.dossier().disclosure();
        if (disclosure != null && disclosure.declaredAdl() != null
                && disclosure.declaredAdl() >= context.adl().level() + 2) {
            out.report(SPEC, "/disclosure/declaredAdl", "disclosure", "The production declares ADL-"
                    + disclosure.declaredAdl() + " but the computed level is only " + context.adl().display() + ".",
                    "Declare the computed level (one above is allowed); do not overstate AI involvement.");
        }
    }
}
