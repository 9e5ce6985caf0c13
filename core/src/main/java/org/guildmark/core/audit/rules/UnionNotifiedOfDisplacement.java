package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Displacement;

/** IATSE-8: on a union production the union hears of every displacement (transparency in bargaining). */
public final class UnionNotifiedOfDisplacement implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("union-notified-of-displacement", "IATSE-8", Severity.MAJOR,
            "on an IATSE production each displacement has unionNotifiedAt");

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
            if (d.unionNotifiedAt() == null) {
                out.report(SPEC, d.pointer(), "displacement:" + d.role(), "The union was not notified that "
                        + d.workers() + " " + d.role() + " worker(s) were displaced by AI.",
                        "Notify the union (and the affected Local) and record the date in unionNotifiedAt.");
            }
        }
    }
}
