package org.guildmark.app.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import java.util.UUID;

import org.guildmark.app.labor.Displacement;
import org.guildmark.app.labor.Displacements;
import org.guildmark.app.labor.GuildRateSchedules;
import org.guildmark.app.labor.RevenueStatements;
import org.guildmark.app.registry.Caller;
import org.guildmark.app.registry.Organizations;
import org.guildmark.core.dossier.Enums.ProductionType;

/**
 * The demo's fair-labor story, through the same services a real guild uses: the guild's minimum-rate schedule,
 * made-up figures like the built-in example's, with a first version from January and a raise from July, both
 * imported by an officer as CSV; and The Lighthouse Keeper's revenue share, its terms from the feature's dossier
 * and the revenue of the last two full quarters divided among its six creators; and Kite and Ember Animation's
 * series Paper Lantern (examples/paper-lantern-series.yaml), which replaced three storyboard artists of IATSE Local
 * 839 with generated animatics: their severance was paid, and the retraining promised after the audit's finding
 * is due. The demo researcher reads Local 839.
 */
final class DemoLabor {

    static final String SCHEDULE = "guild-minimums";

    /** Role, kind, unit and the January minimum of the standard tier; the low-budget tier pays 85 % of it. */
    private static final String[][] RATES = {
            {"director", "traditional", "day", "1164.00"},
            {"writer", "traditional", "week", "4122.50"},
            {"animator", "traditional", "hour", "52.00"},
            {"storyboard-artist", "traditional", "day", "460.00"},
            {"editor", "traditional", "day", "520.00"},
            {"composer", "traditional", "flat", "9500.00"},
            {"vfx-artist", "traditional", "hour", "58.00"},
            {"prompter", "ai-era", "hour", "48.00"},
            {"ai-supervisor", "ai-era", "day", "610.00"},
            {"dataset-curator", "ai-era", "day", "480.00"}};

    static final String LOCAL = "IATSE Local 839";

    private final GuildRateSchedules rates;
    private final RevenueStatements revenue;
    private final Displacements displacements;
    private final Organizations organizations;
    private final Clock clock;

    DemoLabor(GuildRateSchedules rates, RevenueStatements revenue, Displacements displacements,
            Organizations organizations, Clock clock) {
        this.rates = rates;
        this.revenue = revenue;
        this.displacements = displacements;
        this.organizations = organizations;
        this.clock = clock;
    }

    void seed(UUID harbor, UUID lighthouse) {
        seedRates();
        Caller.Production harborAccount = new Caller.Production("harbor", harbor);
        revenue.recordAgreement(harborAccount, lighthouse, "lighthouse-feature.yaml",
                DemoCertification.example("lighthouse-feature.yaml"));
        LocalDate today = LocalDate.now(clock);
        LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        LocalDate previous = quarter.minusMonths(3);
        LocalDate before = previous.minusMonths(3);
        revenue.report(harborAccount, lighthouse, before.toString(), previous.minusDays(1).toString(),
                "1250000.00", "USD");
        revenue.report(harborAccount, lighthouse, previous.toString(), quarter.minusDays(1).toString(),
                "980432.17", "USD");
        seedDisplacement(today);
    }

    private void seedDisplacement(LocalDate today) {
        UUID kite = organizations.register("Kite and Ember Animation");
        UUID lantern = organizations.registerProduction(kite, "paper-lantern-s1", "Paper Lantern",
                ProductionType.SERIES);
        Caller.Production kiteAccount = new Caller.Production("kite", kite);
        Displacement storyboards = displacements.record(kiteAccount, new Displacements.DisplacementForm(
                lantern.toString(), "storyboard-artist", "story", LOCAL, "3", "2026-01-16", "2026-01-09",
                "Storyboards and previs animatics generated with BoardFlow from the script pages."));
        Displacement.Support severance = displacements.promise(kiteAccount, storyboards.id(),
                new Displacements.SupportForm("severance", "Eight weeks' pay each and continued health cover "
                        + "through 2026-06-30.", "3", "14400.00", "USD", "2026-02-13"));
        displacements.deliver(kiteAccount, severance.id(), "2026-02-10", "Paid with the February payroll.");
        displacements.promise(kiteAccount, storyboards.id(), new Displacements.SupportForm("retraining",
                "Previs and layout course through the IATSE Training Trust Fund, promised after the audit's "
                        + "IATSE-4 finding.", "3", "", "", today.plusMonths(2).toString()));
        displacements.grantLocal("admin", "researcher", LOCAL);
    }

    private void seedRates() {
        int year = LocalDate.now(clock).getYear();
        rates.create(DemoCertification.FIRST_OFFICER, SCHEDULE, "Guild minimum rates " + year
                + " (demo figures, not negotiated rates)");
        rates.importVersion(DemoCertification.FIRST_OFFICER, SCHEDULE, LocalDate.of(year, 1, 1),
                "Demo schedule: made-up figures for trying Guildmark out.", "guild-minimums-january.csv",
                csv(BigDecimal.ONE));
        rates.importVersion(DemoCertification.FIRST_OFFICER, SCHEDULE, LocalDate.of(year, 7, 1),
                "Mid-year raise of 3 % on every minimum.", "guild-minimums-july.csv", csv(new BigDecimal("1.03")));
    }

    private static byte[] csv(BigDecimal factor) {
        StringBuilder csv = new StringBuilder("role,role_kind,unit,tier,currency,minimum,valid_from,valid_until\n");
        for (String[] r : RATES) {
            BigDecimal standard = new BigDecimal(r[3]).multiply(factor).setScale(2, RoundingMode.HALF_EVEN);
            BigDecimal low = standard.multiply(new BigDecimal("0.85")).setScale(2, RoundingMode.HALF_EVEN);
            csv.append(String.join(",", r[0], r[1], r[2], "standard", "USD", standard.toPlainString(), "", ""))
                    .append('\n');
            csv.append(String.join(",", r[0], r[1], r[2], "low-budget", "USD", low.toPlainString(), "", ""))
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
