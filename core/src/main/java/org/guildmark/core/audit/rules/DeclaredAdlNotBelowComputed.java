package org.guildmark.core.audit.rules;

import java.util.List;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;

/** 1.3 and 4.1: the disclosed ADL is never lower than the computed one. */
public final class DeclaredAdlNotBelowComputed implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("declared-adl-not-below-computed", "1.3", Severity.BLOCKING,
            "disclosure.declaredAdl is not lower than the computed ADL (under-disclosure; also 4.1)",
            List.of("1.3", "4.1"));

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        var disclosure = context.dossier().disclosure();
        if (disclosure == null || disclosure.declaredAdl() == null) {
            return;
        }
        int declared = disclosure.declaredAdl();
        if (declared < context.adl().level()) {
            out.report(SPEC, "/disclosure/declaredAdl", "disclosure", "The production declares ADL-" + declared
                    + " but the computed level is " + context.adl().display() + " (" + context.adl().rule() + ").",
                    "Declare ADL-" + context.adl().level() + " or higher; run 'guildmark adl --explain' for the computation.");
        }
    }
}
