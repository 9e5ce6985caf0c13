package org.guildmark.core.audit.rules;

import java.util.List;

import org.guildmark.core.audit.AssetRule;
import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Asset;
import org.guildmark.core.dossier.Enums.Label;
import org.guildmark.core.dossier.Enums.ProductionType;

/** 3.3 and 7.1: in news or documentary, a real person's synthetic likeness is labelled so nobody is deceived. */
public final class SyntheticPersonLabelled implements AssetRule {
    static final RuleSpec SPEC = new RuleSpec("synthetic-person-labelled", "3.3", Severity.BLOCKING,
            "a news or documentary asset with a synthetic likeness of a real person carries the synthetic-person "
                    + "label (also 7.1)",
            List.of("3.3", "7.1"));

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(Asset asset, AuditContext context, FindingSink out) {
        ProductionType type = context.production().type();
        if ((type != ProductionType.NEWS && type != ProductionType.DOCUMENTARY) || !asset.delivered()
                || asset.labels().contains(Label.SYNTHETIC_PERSON)) {
            return;
        }
        for (int i = 0; i < asset.likeness().size(); i++) {
            Asset.Likeness use = asset.likeness().get(i);
            if (use.synthetic()) {
                out.report(SPEC, asset.pointer() + "/labels", "asset:" + asset.id(), "Asset '" + asset.id()
                        + "' shows a synthetic likeness of the real person '" + use.person()
                        + "' without the synthetic-person label; viewers may believe the person said or did this.",
                        "Show the on-screen label 'synthetic-person' with this asset and list it in labels.");
                return;
            }
        }
    }
}
