package org.guildmark.core.audit;

import org.guildmark.core.dossier.Asset;

/** A rule that looks at each asset as it streams past. */
public non-sealed interface AssetRule extends Rule {
    void check(Asset asset, AuditContext context, FindingSink out);
}
