package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Displacement;
import org.guildmark.core.dossier.Enums.SupportType;

/** IATSE-4: displaced union workers are offered retraining or redeployment, not severance alone. */
public final class DisplacedWorkersOfferedRetraining implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("displaced-workers-offered-retraining", "IATSE-4", Severity.MINOR,
            "on an IATSE production displaced workers are offered retraining or redeployment, not severance alone");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        if (!context.iatseProduction() || context.dossier().displacements() == null) {
            return;
        }
        for (Displacement d : context.dossier().displacements()) {
            boolean upskilling = d.support().stream().anyMatch(s -> s.type() == SupportType.RETRAINING
                    || s.type() == SupportType.REDEPLOYMENT);
            if (d.workers() > 0 && !upskilling) {
                out.report(SPEC, d.pointer() + "/support", "displacement:" + d.role(), "Displaced " + d.role()
                        + " workers were offered no retraining or redeployment.",
                        "Offer training or redeployment (e.g. through the IATSE Training Trust Fund) alongside any severance.");
            }
        }
    }
}
