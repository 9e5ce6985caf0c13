package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;

/** 4.1: the production discloses its ADL. */
public final class AdlDeclared implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("adl-declared", "4.1", Severity.BLOCKING,
            "disclosure.declaredAdl is present");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        var disclosure = context.dossier().disclosure();
        if (disclosure == null || disclosure.declaredAdl() == null) {
            out.report(SPEC, "/disclosure", "disclosure", "The dossier does not declare the production's ADL.",
                    "Add disclosure.declaredAdl: " + context.adl().level() + " (the computed level, "
                            + context.adl().display() + ").");
        }
    }
}
