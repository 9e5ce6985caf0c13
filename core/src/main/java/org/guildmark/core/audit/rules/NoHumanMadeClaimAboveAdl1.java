package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Claim;
import org.guildmark.core.dossier.Enums.ClaimAssertion;

/** 1.3: a production with real AI output does not call itself human-made or AI-free. */
public final class NoHumanMadeClaimAboveAdl1 implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("no-human-made-claim-with-ai", "1.3", Severity.BLOCKING,
            "no claim asserts no-ai or human-made while the computed ADL is 2 or more");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        int level = context.adl().level();
        for (Claim claim : context.dossier().claims()) {
            if ((claim.asserts() == ClaimAssertion.NO_AI || claim.asserts() == ClaimAssertion.HUMAN_MADE) && level >= 2) {
                out.report(SPEC, claim.pointer(), "claim:" + claim.id(), "Claim '" + claim.id() + "' (\""
                        + claim.text() + "\") presents the work as " + (claim.asserts() == ClaimAssertion.NO_AI
                        ? "made without AI" : "human-made") + ", but its computed level is " + context.adl().display() + ".",
                        "Withdraw or correct the claim so it matches the disclosed ADL.");
            }
        }
    }
}
