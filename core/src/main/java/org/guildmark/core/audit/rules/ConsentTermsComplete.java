package org.guildmark.core.audit.rules;

import java.util.ArrayList;
import java.util.List;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Consent;

/** 3.2: a consent states its scope, duration, pay, the right to revoke and how deletion happens. */
public final class ConsentTermsComplete implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("consent-terms-complete", "3.2", Severity.BLOCKING,
            "each consent has scope, validUntil, compensation, a revocation contact and a deletion method");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        for (Consent c : context.dossier().consents()) {
            List<String> missing = new ArrayList<>();
            if (c.scope() == null) {
                missing.add("scope");
            }
            if (c.validUntil() == null) {
                missing.add("validUntil (duration)");
            }
            if (c.compensation() == null) {
                missing.add("compensation");
            }
            if (c.revocation() == null || c.revocation().contact() == null) {
                missing.add("revocation.contact");
            }
            if (c.deletion() == null || c.deletion().method() == null) {
                missing.add("deletion.method");
            }
            if (!missing.isEmpty()) {
                out.report(SPEC, c.pointer(), "consent:" + c.id(), "Consent '" + c.id() + "' does not specify "
                        + String.join(", ", missing) + ".",
                        "Renegotiate the consent so it states every term clause 3.2 requires.");
            }
        }
    }
}
