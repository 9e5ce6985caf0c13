package org.guildmark.core.audit.rules;

import java.util.List;
import java.util.Map;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Asset;
import org.guildmark.core.dossier.Enums.AssetKind;

/** 2.2: generated music, writing or artwork with nobody in the matching craft hints at a displaced role. */
public final class PossibleUndeclaredDisplacement implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("possible-undeclared-displacement", "2.2", Severity.INFO,
            "a delivered generated music, script or artwork asset while nobody holds the matching traditional "
                    + "role and no displacement is declared");

    private static final Map<AssetKind, List<String>> CRAFTS = Map.of(
            AssetKind.MUSIC, List.of("composer"),
            AssetKind.SCRIPT, List.of("writer"),
            AssetKind.ARTWORK, List.of("concept-artist", "storyboard-artist"));

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        var displacements = context.dossier().displacements();
        if (displacements != null && !displacements.isEmpty()) {
            return;
        }
        for (AssetKind kind : List.of(AssetKind.MUSIC, AssetKind.SCRIPT, AssetKind.ARTWORK)) {
            Asset first = context.aiWork().firstGenerated(kind);
            if (first == null || holdsCraft(context, CRAFTS.get(kind))) {
                continue;
            }
            long count = context.aiWork().generatedCount(kind);
            out.report(SPEC, first.pointer(), "kind:" + org.guildmark.core.dossier.Wire.code(kind),
                    count + " delivered " + org.guildmark.core.dossier.Wire.code(kind) + " asset(s) are generated (first: '"
                            + first.id() + "') and nobody is credited or engaged as " + String.join(" or ", CRAFTS.get(kind)) + ".",
                    "If AI took the place of a " + CRAFTS.get(kind).get(0) + ", declare it in displacements with the support given.");
        }
    }

    private static boolean holdsCraft(AuditContext context, List<String> roles) {
        return context.dossier().credits().stream().anyMatch(c -> roles.contains(c.role()))
                || context.dossier().engagements().stream().anyMatch(e -> roles.contains(e.role()));
    }
}
