package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Engagement;
import org.guildmark.core.dossier.Person;

/** 1.2: everyone who directed, prompted, reviewed or approved AI work, and everyone engaged, is credited. */
public final class AiContributorsCredited implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("ai-contributors-credited", "1.2", Severity.MAJOR,
            "every person who directed, prompted, reviewed or approved AI work, and everyone engaged, is in credits");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        java.util.Set<String> reported = new java.util.HashSet<>();
        context.aiWork().contributors().forEach((personId, asset) -> {
            if (!context.index().isCredited(personId) && reported.add(personId)) {
                report(context, out, personId, "worked on AI asset '" + asset.id() + "'");
            }
        });
        for (Engagement e : context.dossier().engagements()) {
            if (!context.index().isCredited(e.person()) && reported.add(e.person())) {
                report(context, out, e.person(), "is engaged as " + e.role());
            }
        }
    }

    private static void report(AuditContext context, FindingSink out, String personId, String why) {
        Person person = context.index().person(personId).orElse(null);
        String subject = person == null ? "/credits" : person.pointer();
        out.report(SPEC, subject, "person:" + personId, "'" + personId + "' " + why + " but is not in the credits.",
                "Add a credit for '" + personId + "' with the role they held.");
    }
}
