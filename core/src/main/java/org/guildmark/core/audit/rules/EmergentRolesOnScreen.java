package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Credit;

/** 1.2: the emergent AI-era roles are credited on screen, like any other craft. */
public final class EmergentRolesOnScreen implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("emergent-roles-on-screen", "1.2", Severity.MAJOR,
            "credits for emergent roles (prompter, ai-pipeline-engineer, creative-supervisor, ...) are onScreen: true");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        for (Credit credit : context.dossier().credits()) {
            if (Roles.isEmergent(credit.role()) && !credit.onScreen()) {
                out.report(SPEC, credit.pointer(), "credit:" + credit.person() + "/" + credit.role(), "'"
                        + credit.person() + "' is credited as " + credit.role()
                        + " but not in the on-screen credits.",
                        "Set onScreen: true: the Code credits emergent AI roles like any other craft.");
            }
        }
    }
}
