package org.guildmark.core.audit;

/** A rule that looks at the whole dossier once every asset has been seen (the ADL and AI work are known). */
public non-sealed interface DossierRule extends Rule {
    void check(AuditContext context, FindingSink out);
}
