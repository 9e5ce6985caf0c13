package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Claim;
import org.guildmark.core.dossier.Enums.ClaimAssertion;

/** 1.3: a level the production claims in public is never below the computed one. */
public final class ClaimedAdlNotBelowComputed implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("claimed-adl-not-below-computed", "1.3", Severity.BLOCKING,
            "no claim states an ADL lower than the computed one");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        int level = context.adl().level();
        for (Claim claim : context.dossier().claims()) {
            if (claim.asserts() == ClaimAssertion.ADL && claim.adl() != null && claim.adl() < level) {
                out.report(SPEC, claim.pointer() + "/adl", "claim:" + claim.id(), Text.quote(claim) + " states ADL-"
                        + claim.adl() + ", but " + Text.adlReason(context.adl()) + ".",
                        "State ADL-" + level + " or higher wherever the claim appears.");
            }
        }
    }
}
