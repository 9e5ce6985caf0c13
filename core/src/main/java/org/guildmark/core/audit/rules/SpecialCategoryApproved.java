package org.guildmark.core.audit.rules;

import java.util.List;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.consent.ConsentEvaluator;
import org.guildmark.core.dossier.Consent;
import org.guildmark.core.dossier.Enums.ApprovalRelation;
import org.guildmark.core.dossier.Person;

/** 3.4: a minor's consent needs a guardian, a deceased person's the estate, a vulnerable adult's a conservator. */
public final class SpecialCategoryApproved implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("special-category-approved", "3.4", Severity.BLOCKING,
            "a minor's consent has a guardian approval, a deceased person's an estate approval, a vulnerable "
                    + "person's a conservator or guardian approval");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        for (Consent c : context.dossier().consents()) {
            Person person = context.index().person(c.person()).orElse(null);
            if (person == null) {
                continue;
            }
            List<ApprovalRelation> missing = new java.util.ArrayList<>(
                    ConsentEvaluator.missingApprovals(c, person, context.asOf()));
            missing.remove(ApprovalRelation.HEIGHTENED_REVIEW);
            if (!missing.isEmpty()) {
                String needed = org.guildmark.core.dossier.Wire.code(missing.get(0));
                String category = org.guildmark.core.dossier.Wire.code(person.categoryOn(
                        c.givenAt() != null ? c.givenAt() : context.asOf()));
                out.report(SPEC, c.pointer() + "/approvals", "consent:" + c.id(), "Consent '" + c.id() + "' is for '"
                        + person.id() + "', who is " + category + ", but has no " + needed + " approval.",
                        "Obtain the " + needed + "'s approval and record it in approvals; until then the consent is "
                                + "only requested and permits nothing.");
            }
        }
    }
}
