package org.guildmark.core.audit.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.guildmark.core.audit.AssetRule;
import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.consent.ConsentDecision;
import org.guildmark.core.consent.ConsentEvaluator;
import org.guildmark.core.consent.ConsentQuery;
import org.guildmark.core.consent.DenyReason;
import org.guildmark.core.dossier.Asset;
import org.guildmark.core.dossier.Consent;
import org.guildmark.core.dossier.Enums.AiUse;
import org.guildmark.core.dossier.Enums.Purpose;
import org.guildmark.core.dossier.Person;

/** 3.1: every synthetic use of a likeness rests on a consent that covers it when the asset was made. */
public final class SyntheticLikenessHasValidConsent implements AssetRule {
    static final RuleSpec SPEC = new RuleSpec("synthetic-likeness-has-valid-consent", "3.1", Severity.BLOCKING,
            "every synthetic likeness names a consent of that person covering every aspect, the purpose, this "
                    + "production, valid and not revoked when the asset was generated");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(Asset asset, AuditContext context, FindingSink out) {
        List<Asset.Likeness> uses = asset.likeness();
        for (int i = 0; i < uses.size(); i++) {
            Asset.Likeness use = uses.get(i);
            if (!use.synthetic()) {
                continue;
            }
            String subject = asset.pointer() + "/likeness/" + i;
            String key = "asset:" + asset.id() + "/person:" + use.person();
            ConsentQuery registered = registryQuery(asset, use, context);
            ConsentDecision decided = registered == null ? null : context.registryDecision(registered).orElse(null);
            if (decided != null) {
                // The registry holds this person's consents and has the last word on them.
                if (decided instanceof ConsentDecision.Deny deny) {
                    out.report(SPEC, subject, key, "The consent registry does not permit the synthetic use of '"
                            + use.person() + "' in asset '" + asset.id() + "' at " + context.madeAt(asset) + ": "
                            + Text.codes(deny.reasons()) + ".", remediation(deny.reasons()));
                }
                continue;
            }
            if (use.consent() == null) {
                out.report(SPEC, subject, key, "Asset '" + asset.id() + "' uses a synthetic likeness of '"
                        + use.person() + "' without naming a consent.",
                        "Obtain explicit, informed, revocable consent and name it in likeness.consent.");
                continue;
            }
            Consent consent = context.consent(use.consent()).orElse(null);
            if (consent == null) {
                continue; // a dangling consent id is a reader error already
            }
            List<DenyReason> reasons = ConsentEvaluator.check(query(asset, use, context), consent,
                    context.index().person(consent.person()).orElse(null));
            // A revocation after the asset was made is a deletion duty (RevokedConsentRequiresDeletion), not a breach.
            if (!reasons.isEmpty()) {
                out.report(SPEC, subject, key, "Consent '" + consent.id() + "' does not cover the synthetic use of '"
                        + use.person() + "' in asset '" + asset.id() + "' at " + context.madeAt(asset) + ": "
                        + Text.codes(reasons) + ".", remediation(reasons));
            }
        }
    }

    /**
     * The query to ask a consent registry about a synthetic use, or null when the person is not linked to one
     * (no {@code registryId}) or the use is not synthetic.
     */
    public static ConsentQuery registryQuery(Asset asset, Asset.Likeness use, AuditContext context) {
        if (!use.synthetic()) {
            return null;
        }
        Person person = context.index().person(use.person()).orElse(null);
        if (person == null || person.registryId() == null) {
            return null;
        }
        ConsentQuery local = query(asset, use, context);
        return new ConsentQuery(person.registryId(), local.production(), local.aspects(), local.acceptablePurposes(),
                local.at());
    }

    static ConsentQuery query(Asset asset, Asset.Likeness use, AuditContext context) {
        Set<Purpose> purposes = asset.aiUse() == AiUse.COMPOSITE
                ? EnumSet.of(Purpose.SYNTHETIC_MEDIA, Purpose.DIGITAL_ALTERATION)
                : EnumSet.of(Purpose.SYNTHETIC_MEDIA);
        return new ConsentQuery(use.person(), context.production().id(), use.aspects(), purposes,
                context.madeAt(asset));
    }

    private static String remediation(List<DenyReason> reasons) {
        StringBuilder sb = new StringBuilder();
        for (DenyReason r : reasons) {
            sb.append(switch (r) {
                case NO_CONSENT -> "Use a consent given by this person. ";
                case NOT_YET_VALID -> "The asset predates the consent: regenerate it or obtain consent covering that date. ";
                case EXPIRED -> "The consent had expired: renew it or remove the asset. ";
                case WITHDRAWN, REVOKED -> "The consent was withdrawn before the asset was made: remove the asset. ";
                case SCOPE_MISMATCH -> "Extend the consent's scope to this production. ";
                case ASPECT_NOT_COVERED -> "Obtain consent for every aspect used (face, voice, ...). ";
                case PURPOSE_NOT_COVERED -> "Obtain consent for synthetic media (or digital alteration for a composite). ";
                case APPROVAL_PENDING -> "Obtain the guardian, estate or conservator approval and a second reviewer's heightened review. ";
            });
        }
        return sb.toString().strip();
    }
}
