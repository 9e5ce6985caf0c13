package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Consent;
import org.guildmark.core.dossier.Enums.Purpose;

/** IATSE-7 (and 3.2): workers are paid when their work trains AI. */
public final class TrainingConsentCompensated implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("training-consent-compensated", "IATSE-7", Severity.BLOCKING,
            "on an IATSE production a consent for model-training carries compensation");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        if (!context.iatseProduction()) {
            return;
        }
        for (Consent c : context.dossier().consents()) {
            if (c.purposes().contains(Purpose.MODEL_TRAINING) && c.compensation() == null) {
                out.report(SPEC, c.pointer(), "consent:" + c.id(), "Consent '" + c.id()
                        + "' lets '" + c.person() + "''s work train AI models without compensation.",
                        "Agree and record compensation for training use.");
            }
        }
    }
}
