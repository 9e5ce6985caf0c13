package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AssetRule;
import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Asset;
import org.guildmark.core.evidence.c2pa.C2paEvidence;
import org.guildmark.core.read.Problem;

/** 1.3: a C2PA manifest the audit cannot read cannot back the asset's declared AI use, nor contradict it. */
public final class C2paManifestReadable implements AssetRule {
    static final RuleSpec SPEC = new RuleSpec("c2pa-manifest-readable", "1.3", Severity.MINOR,
            "the C2PA manifest named in ai.c2pa exists beside the dossier and reads completely as c2patool JSON");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(Asset asset, AuditContext context, FindingSink out) {
        if (asset.ai() == null || asset.ai().c2pa() == null) {
            return;
        }
        C2paEvidence manifest = context.c2paManifest(asset.ai().c2pa());
        if (manifest.complete()) {
            return;
        }
        Problem first = manifest.problems().get(0);
        int more = manifest.problems().size() - 1;
        out.report(SPEC, asset.pointer() + "/ai/c2pa", "asset:" + asset.id(), "The C2PA manifest "
                + asset.ai().c2pa() + " of asset '" + asset.id() + "' cannot be fully read: "
                + (first.pointer().isEmpty() ? "" : first.pointer() + ": ") + first.message()
                + (more > 0 ? " (and " + more + " more)" : "") + "; the declared AI use was checked against what "
                + "could be read.",
                "Write the manifest again with c2patool as JSON at that path, relative to the dossier, or correct "
                        + "ai.c2pa.");
    }
}
