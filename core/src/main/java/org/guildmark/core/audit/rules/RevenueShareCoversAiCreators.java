package org.guildmark.core.audit.rules;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Credit;
import org.guildmark.core.dossier.RevenueShare;

/** 2.3: revenue from AI-assisted work reaches the humans who directed, curated and approved it. */
public final class RevenueShareCoversAiCreators implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("revenue-share-covers-ai-creators", "2.3", Severity.MAJOR,
            "a commercial production with ADL 2 or more has a revenueShare including every approver, prompter and "
                    + "creative-supervisor of AI assets, with percents summing to 100");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        if (!context.production().commercial() || context.adl().level() < 2) {
            return;
        }
        Set<String> creators = new LinkedHashSet<>(context.aiWork().creators().keySet());
        context.dossier().credits().stream().filter(c -> c.role().equals("creative-supervisor"))
                .map(Credit::person).forEach(creators::add);
        RevenueShare share = context.dossier().revenueShare();
        if (share == null) {
            out.report(SPEC, "/revenueShare", "revenue-share", "This commercial production is "
                    + context.adl().display() + " but has no revenue share for its human creators.",
                    "Add revenueShare with a creator pool and participants"
                            + (creators.isEmpty() ? "" : " including " + String.join(", ", creators)) + ".");
            return;
        }
        Set<String> participants = share.participants().stream().map(RevenueShare.Participant::person)
                .collect(Collectors.toSet());
        for (String creator : creators) {
            if (!participants.contains(creator)) {
                out.report(SPEC, "/revenueShare/participants", "participant:" + creator, "'" + creator
                        + "' approved, prompted or supervised AI work but does not share in the revenue.",
                        "Add '" + creator + "' to revenueShare.participants.");
            }
        }
        BigDecimal total = share.participants().stream().map(RevenueShare.Participant::percent)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!share.participants().isEmpty() && total.compareTo(HUNDRED) != 0) {
            out.report(SPEC, "/revenueShare/participants", "percent-total", "The participants' percents add up to "
                    + total.toPlainString() + ", not 100.", "Adjust the percents so the creator pool is shared in full.");
        }
    }
}
