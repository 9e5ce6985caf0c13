package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildmark.core.code.AssessmentMethod;
import org.guildmark.core.code.Catalogs;
import org.guildmark.core.code.Clause;
import org.guildmark.core.dossier.Attestation;

/** Advisory clauses (6.2) are recommended: noted when the production says nothing about them. */
public final class AdvisoryConsidered implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("advisory-considered", "6.2", Severity.INFO,
            "advisory clauses (6.2) are addressed in attestations",
            java.util.List.of("6.2"));

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        Set<String> attested = context.dossier().attestations().stream().map(Attestation::clause)
                .collect(Collectors.toSet());
        for (Clause clause : Catalogs.aimeg().clausesAssessedBy(AssessmentMethod.ADVISORY)) {
            if (!attested.contains(clause.id())) {
                RuleSpec forClause = SPEC.citing(clause.id());
                out.report(forClause, "/attestations", "clause:" + clause.id(), "Clause " + clause.id() + " ("
                        + clause.title() + ") is advisory; the dossier says nothing about it.",
                        "Consider describing how the production meets it in an attestation.");
            }
        }
    }
}
