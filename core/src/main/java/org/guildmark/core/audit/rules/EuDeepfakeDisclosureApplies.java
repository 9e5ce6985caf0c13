package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Asset;

/** Regulatory note: in the EU, Art. 50(4) of the AI Act requires deep-fake disclosure for synthetic likenesses. */
public final class EuDeepfakeDisclosureApplies implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("eu-ai-act-deepfake-disclosure", "4.2", Severity.INFO,
            "regulatory note: EU territory and a synthetic likeness: EU AI Act Art. 50(4) deep-fake disclosure applies");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        Asset first = context.aiWork().firstSyntheticLikeness();
        if (first != null && context.production().distributedIn("EU")) {
            out.report(SPEC, first.pointer(), "eu-ai-act-50-4", context.aiWork().syntheticLikenessCount()
                    + " delivered asset(s) show a synthetic likeness (first: '" + first.id() + "') and the production "
                    + "is distributed in the EU, where Art. 50(4) of the AI Act requires disclosing deep fakes.",
                    "Disclose the artificial origin with those assets (label deepfake-notice); in evidently artistic "
                            + "works a disclosure that does not hamper the work suffices.");
        }
    }
}
