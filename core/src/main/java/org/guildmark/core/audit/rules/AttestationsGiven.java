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

/** Clauses no machine can judge are attested by a named person. */
public final class AttestationsGiven implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("attestation-given", "2.4", Severity.MAJOR,
            "each attestation clause (2.4, 3.3, 5.1, 5.3, 6.1, 7.1, 7.3) is attested in attestations",
            java.util.List.of("2.4", "3.3", "5.1", "5.3", "6.1", "7.1", "7.3"));

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        Set<String> attested = context.dossier().attestations().stream().map(Attestation::clause)
                .collect(Collectors.toSet());
        for (Clause clause : Catalogs.aimeg().clausesAssessedBy(AssessmentMethod.ATTESTATION)) {
            if (!attested.contains(clause.id())) {
                RuleSpec forClause = SPEC.citing(clause.id());
                out.report(forClause, "/attestations", "clause:" + clause.id(), "Clause " + clause.id() + " ("
                        + clause.title() + ") must be attested, and is not.",
                        "Add an attestation for clause " + clause.id() + " signed by a responsible person: \""
                                + clause.attestation() + "\"");
            }
        }
    }
}
