package org.guildmark.app.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

import java.util.UUID;

import org.guildmark.app.labor.Displacement;
import org.guildmark.app.labor.Displacements;
import org.guildmark.app.labor.GuildRateSchedules;
import org.guildmark.app.labor.RevenueStatements;
import org.guildmark.app.labor.TrainingCompensation;
import org.guildmark.app.registry.Caller;
import org.guildmark.app.registry.ConsentEvent;
import org.guildmark.app.registry.ConsentGrant;
import org.guildmark.app.registry.ConsentGrants;
import org.guildmark.app.registry.ConsentReceipts;
import org.guildmark.app.registry.ConsentStatus;
import org.guildmark.app.registry.Evidence;
import org.guildmark.app.registry.GrantScope;
import org.guildmark.app.registry.GrantTerms;
import org.guildmark.app.registry.Organizations;
import org.guildmark.app.registry.PersonRegistry;
import org.guildmark.app.registry.ReceiptIssuer;
import org.guildmark.app.registry.RegisteredPerson;
import org.guildmark.core.dossier.Consent.Compensation;
import org.guildmark.core.dossier.Consent.Deletion;
import org.guildmark.core.dossier.Consent.Informed;
import org.guildmark.core.dossier.Consent.Revocation;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.CompensationBasis;
import org.guildmark.core.dossier.Enums.PersonCategory;
import org.guildmark.core.dossier.Enums.ProductionType;
import org.guildmark.core.dossier.Enums.Purpose;
import org.guildmark.core.dossier.Money;

/**
 * The demo's fair-labor story, through the same services a real guild uses: the guild's minimum-rate schedule,
 * made-up figures like the built-in example's, with a first version from January and a raise from July, both
 * imported by an officer as CSV; and The Lighthouse Keeper's revenue share, its terms from the feature's dossier
 * and the revenue of the last two full quarters divided among its six creators; and Kite and Ember Animation's
 * series Paper Lantern (examples/paper-lantern-series.yaml), which replaced three storyboard artists of IATSE Local
 * 839 with generated animatics: their severance was paid, and the retraining promised after the audit's finding
 * is due. The demo researcher reads Local 839. Noor Haddad, a voice actor, consented to Kite and Ember training
 * its narrator voice model on her recordings for a flat 4,000 USD, of which the first half is paid.
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
    private final TrainingCompensation training;
    private final PersonRegistry people;
    private final ConsentGrants grants;
    private final ConsentReceipts receipts;
    private final ReceiptIssuer issuer;
    private final Clock clock;

    DemoLabor(GuildRateSchedules rates, RevenueStatements revenue, Displacements displacements,
            Organizations organizations, TrainingCompensation training, PersonRegistry people, ConsentGrants grants,
            ConsentReceipts receipts, ReceiptIssuer issuer, Clock clock) {
        this.rates = rates;
        this.revenue = revenue;
        this.displacements = displacements;
        this.organizations = organizations;
        this.training = training;
        this.people = people;
        this.grants = grants;
        this.receipts = receipts;
        this.issuer = issuer;
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
        seedTraining(kite, lantern, kiteAccount, today);
        seedNorthwind(today);
    }

    /**
     * Enough displacement for the workforce insights to publish some figures at k = 10, from a studio that exists
     * only in the demo: its figures are made up. The editors (3) and colourists (2) stay below k, so the insights
     * page shows how they and the figures that would give them away are suppressed.
     */
    private void seedNorthwind(LocalDate today) {
        UUID northwind = organizations.register("Northwind Studios (demo figures)");
        Caller.Production account = new Caller.Production("northwind", northwind);
        String[][] productions = {
                {"northwind-harbour-lights", "Harbour Lights", "storyboard-artist", "story", LOCAL, "5", "270"},
                {"northwind-harbour-lights", null, "concept-artist", "art", "IATSE Local 800", "6", "255"},
                {"northwind-iron-coast", "Iron Coast", "storyboard-artist", "story", LOCAL, "4", "175"},
                {"northwind-iron-coast", null, "concept-artist", "art", "IATSE Local 800", "5", "160"},
                {"northwind-iron-coast", null, "editor", "editorial", "IATSE Local 700", "3", "145"},
                {"northwind-salt-roads", "Salt Roads", "colorist", "post", "IATSE Local 600", "2", "75"}};
        java.util.Map<String, UUID> registered = new java.util.HashMap<>();
        for (String[] p : productions) {
            UUID production = registered.computeIfAbsent(p[0], code -> organizations.registerProduction(northwind,
                    code, p[1], ProductionType.SERIES));
            // Days ago, so the story stays the same whenever the demo is started.
            LocalDate on = today.minusDays(Integer.parseInt(p[6]));
            Displacement d = displacements.record(account, new Displacements.DisplacementForm(production.toString(),
                    p[2], p[3], p[4], p[5], on.toString(), on.toString(), null));
            Displacement.Support support = displacements.promise(account, d.id(), new Displacements.SupportForm(
                    "retraining", "Training Trust Fund course in AI-assisted " + p[3], p[5], "", "",
                    on.plusDays(60).toString()));
            if (on.isBefore(today.minusDays(150))) {
                displacements.deliver(account, support.id(), on.plusDays(60).toString(), null);
            }
        }
    }

    private void seedTraining(UUID kite, UUID lantern, Caller.Production kiteAccount, LocalDate today) {
        RegisteredPerson noor = people.register("Noor Haddad", PersonCategory.ADULT, LocalDate.of(1987, 4, 19), null,
                List.of());
        LocalDate signed = today.minusDays(100);
        GrantTerms terms = new GrantTerms(noor.id(), kite, noor.name(), signed, EnumSet.of(Aspect.VOICE),
                EnumSet.of(Purpose.MODEL_TRAINING), GrantScope.production(lantern), signed, today.plusYears(2),
                new Compensation(new Money(new BigDecimal("4000.00"), "USD"), CompensationBasis.FLAT),
                new Revocation("consent@kite-and-ember.example", 30),
                new Deletion("delete the recordings and retrain the narrator model without them", 30),
                new Informed("https://kite-and-ember.example/consent/narrator-model", "en"),
                new Evidence(DemoGuild.sha256("Paper Lantern narrator model consent of Noor Haddad"),
                        "Sam Okafor", "en"), List.of());
        ConsentGrant grant = grants.record(terms, ConsentEvent.at(ConsentStatus.GIVEN,
                signed.atTime(11, 0).toInstant(ZoneOffset.UTC), noor.name(), "narrator voice model, series one"));
        // A signed receipt of every status change, as the registry gives one for each change it records.
        for (int ordinal = 0; ordinal < grant.history().size(); ordinal++) {
            receipts.insert(issuer.issue(grant, ordinal));
        }
        training.recordPayment(kiteAccount, grant.id().toString(), signed.plusDays(14).toString(), "2000.00", "USD",
                "first half, on signing");
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
