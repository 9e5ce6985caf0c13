package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.consent.ConsentEvaluator;
import org.guildmark.core.dossier.Consent;
import org.guildmark.core.dossier.Enums.ApprovalRelation;
import org.guildmark.core.dossier.Person;

/** 3.4: heightened scrutiny means a second person reviews every special-category consent. */
public final class SpecialCategoryReviewed implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("special-category-reviewed", "3.4", Severity.MAJOR,
            "a minor's, deceased or vulnerable person's consent has a heightened-review approval by a second person");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        for (Consent c : context.dossier().consents()) {
            Person person = context.index().person(c.person()).orElse(null);
            if (person != null && ConsentEvaluator.missingApprovals(c, person, context.asOf())
                    .contains(ApprovalRelation.HEIGHTENED_REVIEW)) {
                out.report(SPEC, c.pointer() + "/approvals", "consent:" + c.id(), "Consent '" + c.id()
                        + "' concerns a specially protected person but has no heightened review by a second person.",
                        "Have someone other than the guardian, estate or conservator review it and record a "
                                + "heightened-review approval.");
            }
        }
    }
}
