package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AssetRule;
import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Asset;
import org.guildmark.core.dossier.Consent;

/** 3.1: a consent revoked after the asset was made leaves a deletion obligation that needs evidence. */
public final class RevokedConsentRequiresDeletion implements AssetRule {
    static final RuleSpec SPEC = new RuleSpec("revoked-consent-requires-deletion", "3.1", Severity.MAJOR,
            "a consent revoked after the asset was generated creates a deletion obligation; evidence of deletion required");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(Asset asset, AuditContext context, FindingSink out) {
        for (int i = 0; i < asset.likeness().size(); i++) {
            Asset.Likeness use = asset.likeness().get(i);
            if (!use.synthetic() || use.consent() == null) {
                continue;
            }
            Consent consent = context.consent(use.consent()).orElse(null);
            if (consent == null || consent.revokedAt() == null || !consent.revokedAt().isAfter(context.madeAt(asset))) {
                continue;
            }
            String method = consent.deletion() != null && consent.deletion().method() != null
                    ? " using the method it names (" + consent.deletion().method() + ")" : "";
            String within = consent.deletion() != null && consent.deletion().withinDays() != null
                    ? " within " + consent.deletion().withinDays() + " days" : "";
            out.report(SPEC, asset.pointer() + "/likeness/" + i, "asset:" + asset.id() + "/consent:" + consent.id(),
                    "Consent '" + consent.id() + "' was revoked at " + consent.revokedAt() + ", after asset '"
                            + asset.id() + "' was made; the asset and derived models must be deleted.",
                    "Delete the asset and any model built from the grant" + method + within
                            + ", and keep evidence of deletion for the guild.");
        }
    }
}
