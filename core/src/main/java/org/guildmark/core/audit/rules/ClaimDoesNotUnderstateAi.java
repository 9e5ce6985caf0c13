package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Claim;
import org.guildmark.core.dossier.Enums.ClaimAssertion;

/** 1.3: "no AI" where AI tools assisted, or "AI-assisted" for AI-majority work, understates AI involvement. */
public final class ClaimDoesNotUnderstateAi implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("claim-does-not-understate-ai", "1.3", Severity.MAJOR,
            "no claim asserts no-ai while AI tools assisted (ADL 1), nor ai-assisted for AI-majority work (ADL 4 or more)");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        int level = context.adl().level();
        for (Claim claim : context.dossier().claims()) {
            if (claim.asserts() == ClaimAssertion.NO_AI && level == 1) {
                out.report(SPEC, claim.pointer(), "claim:" + claim.id(), Text.quote(claim) + " says no AI was used, but "
                        + Text.adlReason(context.adl()) + ": AI tools assisted the work even though none of their output is in it.",
                        "Say the work is human-made with an AI-assisted process, or name the tools.");
            } else if (claim.asserts() == ClaimAssertion.AI_ASSISTED && level >= 4) {
                out.report(SPEC, claim.pointer(), "claim:" + claim.id(), Text.quote(claim) + " calls the work AI-assisted, but "
                        + Text.adlReason(context.adl()) + ": most of the delivered work is AI-made.",
                        "Describe the work as AI-generated, or state its ADL.");
            }
        }
    }
}
