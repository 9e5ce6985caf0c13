package org.guildmark.core.audit;

/** A check of one row of the audit rules. */
public sealed interface Rule permits AssetRule, DossierRule {
    RuleSpec spec();
}
