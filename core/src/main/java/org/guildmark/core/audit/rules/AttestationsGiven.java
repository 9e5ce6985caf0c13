package org.guildmark.core.audit.rules;

import java.util.List;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.code.AssessmentMethod;
import org.guildmark.core.code.Clause;

/** Clauses no machine can judge are attested by a named person. */
public final class AttestationsGiven implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("attestation-given", "2.4", Severity.MAJOR,
            "each attestation clause (2.4, 3.3, 5.1, 5.3, 6.1, 7.1, 7.3) is attested in attestations",
            List.of("2.4", "3.3", "5.1", "5.3", "6.1", "7.1", "7.3"));

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        for (Clause clause : context.unattested(AssessmentMethod.ATTESTATION)) {
            out.report(SPEC.citing(clause.id()), "/attestations", "clause:" + clause.id(), "Clause " + clause.id()
                    + " (" + clause.title() + ") must be attested, and is not.",
                    "Add an attestation for clause " + clause.id() + " signed by a responsible person: \""
                            + clause.attestation() + "\"");
        }
    }
}
