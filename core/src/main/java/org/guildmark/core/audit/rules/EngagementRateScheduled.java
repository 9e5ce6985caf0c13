package org.guildmark.core.audit.rules;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Engagement;
import org.guildmark.core.dossier.Wire;
import org.guildmark.core.rates.RateSchedule;

/** 2.1: an engagement the schedule cannot judge goes to an officer. */
public final class EngagementRateScheduled implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("engagement-rate-scheduled", "2.1", Severity.MINOR,
            "each engagement's role and unit are in the rate schedule, in the same currency (else officer review)");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        if (context.dossier().engagements().isEmpty()) {
            return;
        }
        if (context.rateSchedule().isEmpty()) {
            out.report(SPEC, "/rateSchedule", "rate-schedule", "The dossier names no rate schedule, so no pay can be "
                    + "checked against minimum rates.", "Name the guild's schedule in rateSchedule (e.g. the "
                    + "built-in example aimeg-example-2026, or a schedule file).");
            return;
        }
        RateSchedule schedule = context.rateSchedule().get();
        for (Engagement e : context.dossier().engagements()) {
            String unit = Wire.code(e.rate().unit());
            String key = "engagement:" + e.person() + "/" + e.role() + "/" + e.start();
            var minimum = schedule.minimumFor(e.role(), e.rate().unit(), e.start());
            if (minimum.isEmpty()) {
                out.report(SPEC, e.pointer(), key, "Schedule " + schedule.id() + " has no per-" + unit + " minimum for "
                        + e.role() + " in force on " + e.start() + ".",
                        "An officer will review this rate; add the role to the guild's schedule if it is a craft.");
            } else if (!minimum.get().minimum().sameCurrency(e.rate().money())) {
                out.report(SPEC, e.pointer() + "/rate/currency", key, "'" + e.person() + "' is paid in "
                        + e.rate().money().currency() + " but the minimum for " + e.role() + " is set in "
                        + minimum.get().minimum().currency() + ".",
                        "An officer will compare the rate at the day's exchange rate.");
            }
        }
    }
}
