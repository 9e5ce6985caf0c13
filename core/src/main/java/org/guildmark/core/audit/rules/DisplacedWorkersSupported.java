package org.guildmark.core.audit.rules;

import java.util.List;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Displacement;

/** 2.2: every displaced worker gets retraining, transition support or fair severance. */
public final class DisplacedWorkersSupported implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("displaced-workers-supported", "2.2", Severity.BLOCKING,
            "each displacement's support[].workers sum to at least its workers",
            List.of("2.2", "IATSE-6"));

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        if (context.dossier().displacements() == null) {
            return;
        }
        for (Displacement d : context.dossier().displacements()) {
            if (d.supportedWorkers() < d.workers()) {
                out.report(SPEC, d.pointer(), "displacement:" + d.role(), d.workers() + " " + d.role()
                        + " worker(s) were displaced but support covers only " + d.supportedWorkers() + ".",
                        "Provide retraining, transition support, redeployment or fair severance to every displaced "
                                + "worker and record it in support.");
            }
        }
    }
}
