package org.guildmark.core.dossier;

import java.util.List;

/**
 * Everything in a dossier except its assets, which are streamed separately. Sections that may be absent
 * are null ({@code displacements}, {@code revenueShare}, {@code disclosure}, {@code rateSchedule}); list
 * sections that are absent are empty, except {@code displacements}, whose absence itself is a finding.
 */
public record Dossier(
        Production production,
        List<Person> people,
        List<Credit> credits,
        List<Engagement> engagements,
        String rateSchedule,
        List<AiTool> aiTools,
        List<Consent> consents,
        List<Displacement> displacements,
        RevenueShare revenueShare,
        List<Claim> claims,
        Disclosure disclosure,
        List<Attestation> attestations) {

    /** What the production discloses; {@code declaredAdl} is null when missing. */
    public record Disclosure(Integer declaredAdl) {
    }

    public boolean declaresDisplacements() {
        return displacements != null;
    }
}
