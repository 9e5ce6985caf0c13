package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Claim;
import org.guildmark.core.dossier.Enums.ClaimAssertion;

/** 4.3: calling partly AI-made work "AI-generated" overstates AI involvement; the gap is explained. */
public final class ClaimDoesNotOverstateAi implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("claim-does-not-overstate-ai", "4.3", Severity.MINOR,
            "a claim of ai-generated work on a partly AI-made production (ADL 2 or 3) is explained");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        int level = context.adl().level();
        for (Claim claim : context.dossier().claims()) {
            if (claim.asserts() == ClaimAssertion.AI_GENERATED && (level == 2 || level == 3)) {
                out.report(SPEC, claim.pointer(), "claim:" + claim.id(), Text.quote(claim) + " calls the work AI-generated, but "
                        + Text.adlReason(context.adl()) + ": only part of it is AI-made.",
                        "Say which parts are AI-generated, or state the ADL instead.");
            }
        }
    }
}
