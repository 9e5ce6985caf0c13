package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Consent;

/** 3.2 and 3.1: informed consent rests on a document the person read. */
public final class ConsentInformed implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("consent-informed-document", "3.2", Severity.MAJOR,
            "each consent has informed.document");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        for (Consent c : context.dossier().consents()) {
            if (c.informed() == null || c.informed().document() == null) {
                out.report(SPEC, c.pointer(), "consent:" + c.id(), "Consent '" + c.id()
                        + "' names no document the person was informed by.",
                        "Reference the signed consent document in informed.document (and its language).");
            }
        }
    }
}
