package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.code.AssessmentMethod;
import org.guildmark.core.code.Clause;

/** Advisory clauses (6.2) are recommended: noted when the production says nothing about them. */
public final class AdvisoryConsidered implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("advisory-considered", "6.2", Severity.INFO,
            "advisory clauses (6.2) are addressed in attestations");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        for (Clause clause : context.unattested(AssessmentMethod.ADVISORY)) {
            out.report(SPEC.citing(clause.id()), "/attestations", "clause:" + clause.id(), "Clause " + clause.id()
                    + " (" + clause.title() + ") is advisory; the dossier says nothing about it.",
                    "Consider describing how the production meets it in an attestation.");
        }
    }
}
