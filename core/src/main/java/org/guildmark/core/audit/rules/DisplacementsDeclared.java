package org.guildmark.core.audit.rules;

import java.util.List;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;

/** 2.2 and 4.2: a production that used AI says whether roles were displaced, even if none were. */
public final class DisplacementsDeclared implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("displacements-declared", "2.2", Severity.MAJOR,
            "displacements is present (possibly empty) whenever the ADL is 1 or more",
            List.of("2.2", "IATSE-6"));

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        if (!context.dossier().declaresDisplacements() && context.adl().level() >= 1) {
            out.report(SPEC, "/displacements", "displacements", "The production used AI ("
                    + context.adl().display() + ") but does not say whether any roles were displaced.",
                    "Add displacements: a list of displaced roles with support, or [] if none were displaced.");
        }
    }
}
