package org.guildmark.core.audit.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Engagement;
import org.guildmark.core.dossier.Enums.PersonCategory;
import org.guildmark.core.dossier.Person;

/** Regulatory note: a minor performing in California or New York has 15 % of pay set aside in trust. */
public final class CooganSetAsideApplies implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("coogan-set-aside", "3.4", Severity.INFO,
            "regulatory note: a minor engaged with US-CA or US-NY territory: 15 % trust set-aside applies (Coogan rules)");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        var territories = context.production().territories();
        if (!territories.contains("US-CA") && !territories.contains("US-NY")) {
            return;
        }
        Set<String> reported = new HashSet<>();
        for (Engagement e : context.dossier().engagements()) {
            Person p = context.index().person(e.person()).orElse(null);
            LocalDate on = e.start();
            if (p != null && p.categoryOn(on) == PersonCategory.MINOR && reported.add(p.id())) {
                out.report(SPEC, e.pointer(), "person:" + p.id(), "'" + p.id() + "' is a minor engaged on a "
                        + "production in " + String.join("/", territories) + ".",
                        "Set aside 15 % of the minor's gross earnings in a Coogan trust account.");
            }
        }
    }
}
