package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Claim;
import org.guildmark.core.dossier.Enums.ClaimAssertion;

/** 4.3 (and 1.3): calling mostly human work AI-generated, or claiming a level it does not reach, is AI washing. */
public final class AiGeneratedClaimMatchesAdl implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("ai-claim-matches-adl", "4.3", Severity.MAJOR,
            "no claim asserts ai-generated while the computed ADL is 1 or less, nor an ADL two or more above the computed one");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        int level = context.adl().level();
        for (Claim claim : context.dossier().claims()) {
            boolean washing = (claim.asserts() == ClaimAssertion.AI_GENERATED && level <= 1)
                    || (claim.asserts() == ClaimAssertion.ADL && claim.adl() != null && claim.adl() >= level + 2);
            if (washing) {
                out.report(SPEC, claim.pointer(), "claim:" + claim.id(), "Claim '" + claim.id() + "' (\""
                        + claim.text() + "\") overstates AI involvement: the computed level is "
                        + context.adl().display() + ".",
                        "Correct the claim to match the computed ADL; exaggerated AI claims are AI washing.");
            }
        }
    }
}
