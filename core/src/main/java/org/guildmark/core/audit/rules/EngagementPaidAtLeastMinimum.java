package org.guildmark.core.audit.rules;

import java.util.Optional;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Engagement;
import org.guildmark.core.dossier.Wire;
import org.guildmark.core.rates.RateEntry;

/** 2.1: every worker, traditional or AI-era, is paid at least the minimum in force when they started. */
public final class EngagementPaidAtLeastMinimum implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("engagement-paid-at-least-minimum", "2.1", Severity.BLOCKING,
            "each engagement's rate is at least the schedule's minimum for its role and unit in force on its start date");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        if (context.rateSchedule().isEmpty()) {
            return;
        }
        for (Engagement e : context.dossier().engagements()) {
            Optional<RateEntry> minimum = context.rateSchedule().get().minimumFor(e.role(), e.rate().unit(), e.start());
            if (minimum.isEmpty() || !minimum.get().minimum().sameCurrency(e.rate().money())) {
                continue; // EngagementRateScheduled reports what cannot be compared
            }
            RateEntry entry = minimum.get();
            if (e.rate().money().amount().compareTo(entry.minimum().amount()) < 0) {
                String unit = Wire.code(e.rate().unit());
                out.report(SPEC, e.pointer() + "/rate/amount", "engagement:" + e.person() + "/" + e.role() + "/" + e.start(),
                        "'" + e.person() + "' is paid " + e.rate().money() + " per " + unit + " as " + e.role()
                                + ", below the minimum of " + entry.minimum() + " per " + unit + " in force on "
                                + e.start() + " (" + context.rateSchedule().get().id() + ").",
                        "Raise the rate to at least " + entry.minimum() + " per " + unit + ".");
            }
        }
    }
}
