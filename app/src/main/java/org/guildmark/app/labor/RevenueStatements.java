package org.guildmark.app.labor;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.guildmark.app.UploadedDossier;
import org.guildmark.app.registry.Caller;
import org.guildmark.app.registry.Organizations;
import org.guildmark.core.code.Catalogs;
import org.guildmark.core.code.Clause;
import org.guildmark.core.dossier.Dossier;
import org.guildmark.core.dossier.Person;
import org.guildmark.core.dossier.RevenueShare;
import org.guildmark.core.read.DossierReader;
import org.guildmark.core.read.FileDigest;
import org.guildmark.core.revenue.RevenueSplit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Revenue-share statements on the server (clause 2.3). A production uploads its dossier, the same file it submits
 * for certification; the server keeps the dossier's {@code revenueShare} (creator pool, participants, percents)
 * as a new version of the production's agreement. It then reports revenue per period, and the server divides each
 * report's creator pool with core's {@link RevenueSplit} (exact decimals, largest remainder) and keeps every
 * participant's statement line. Reports are never changed; a period is reported once per currency.
 */
@Service
public class RevenueStatements {

    private static final long MAXIMUM_DOSSIER_BYTES = 64L * 1024 * 1024;

    private final RevenueStore store;
    private final Organizations organizations;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final Path dataDir;

    RevenueStatements(RevenueStore store, Organizations organizations, TransactionOperations transactions,
            Clock clock, @Value("${guildmark.data-dir:./guildmark-data}") Path dataDir) {
        this.store = store;
        this.organizations = organizations;
        this.transactions = transactions;
        this.clock = clock;
        this.dataDir = dataDir;
    }

    /** A production of the caller's organization, with its agreement versions and reports. */
    public record ProductionRevenue(Organizations.ListedProduction production, List<RevenueAgreement> agreements,
            List<RevenueReport> reports) {
    }

    public List<ProductionRevenue> overview(Caller caller) {
        if (!(caller instanceof Caller.Production p) || p.organization() == null) {
            return List.of();
        }
        return organizations.productions(p.organization(), 1000, 0).stream()
                .map(production -> new ProductionRevenue(production, store.agreements(production.id()),
                        store.reports(production.id())))
                .toList();
    }

    /** Reads the dossier's revenueShare into a new agreement version; a dossier that cannot be divided is refused. */
    public RevenueAgreement recordAgreement(Caller caller, UUID production, String fileName, byte[] dossier) {
        Organizations.Production target = productionOf(caller, production);
        if (dossier == null || dossier.length == 0) {
            throw new LaborRefusal.Invalid("dossier", "Choose the dossier file (YAML or JSON) to upload.");
        }
        if (dossier.length > MAXIMUM_DOSSIER_BYTES) {
            throw new LaborRefusal.Invalid("dossier", "The dossier is larger than 64 MiB.");
        }
        String name = UploadedDossier.displayName(fileName);
        Uploaded uploaded = read(dossier, name);
        Dossier read = uploaded.dossier();
        if (!target.code().equals(read.production().id())) {
            throw new LaborRefusal.Invalid("/production/id", "The dossier is for production '"
                    + read.production().id() + "', not " + target.code() + " (" + target.title() + ").");
        }
        RevenueShare share = read.revenueShare();
        if (share == null) {
            throw new LaborRefusal.Invalid("/revenueShare", "The dossier has no revenueShare section (clause 2.3): "
                    + "add the creator pool and its participants with their percents.");
        }
        List<RevenueSplit.Participant> split = share.participants().stream()
                .map(p -> new RevenueSplit.Participant(p.person(), p.percent())).toList();
        try {
            // Divides nothing, only to check the terms as a real report would: pool 0–100, percents summing to 100.
            RevenueSplit.divide(BigDecimal.ZERO, "USD", share.creatorPoolPercent(), split);
        } catch (RevenueSplit.InvalidSplit e) {
            throw new LaborRefusal.Invalid("/revenueShare/" + pointer(e.where()), e.getMessage());
        }
        Map<String, String> names = new HashMap<>();
        for (Person person : read.people()) {
            names.put(person.id(), person.name());
        }
        List<RevenueAgreement.Participant> participants = share.participants().stream()
                .map(p -> new RevenueAgreement.Participant(p.person(), names.getOrDefault(p.person(), p.person()),
                        p.percent()))
                .toList();
        return transactions.execute(status -> {
            RevenueAgreement agreement = new RevenueAgreement(UUID.randomUUID(), production,
                    store.nextAgreementVersion(production), share.basis(), share.creatorPoolPercent(), participants,
                    FileDigest.sha256(dossier), name, caller.username(), now());
            store.insert(agreement);
            store.insertAdoption(agreement.id(), uploaded.adoption());
            return agreement;
        });
    }

    /**
     * Divides one period's revenue by the production's latest agreement and keeps the statement. Refused, with
     * every problem by field, for a bad amount, currency or period, or a period already reported in that currency.
     */
    public RevenueReport report(Caller caller, UUID production, String periodStart, String periodEnd,
            String revenue, String currency) {
        productionOf(caller, production);
        List<LineProblem> problems = new ArrayList<>();
        LocalDate start = date("periodStart", periodStart, problems);
        LocalDate end = date("periodEnd", periodEnd, problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new LineProblem(0, "periodEnd", "The period ends before it starts."));
        }
        String cur = currency == null ? "" : currency.trim().toUpperCase(Locale.ROOT);
        BigDecimal amount = null;
        String text = revenue == null ? "" : revenue.trim();
        if (!text.matches("-?[0-9]+(\\.[0-9]+)?")) {
            problems.add(new LineProblem(0, "revenue", text.isEmpty() ? "Give the period's revenue."
                    : "'" + text + "' is not an amount; write digits with a decimal point, e.g. 125000.00, without "
                    + "a currency sign or thousands separators."));
        } else {
            amount = new BigDecimal(text);
            if (amount.signum() < 0) {
                problems.add(new LineProblem(0, "revenue", "The revenue cannot be negative."));
            } else if (amount.precision() - amount.scale() > 15) {
                problems.add(new LineProblem(0, "revenue", "The revenue has more than 15 digits before the point."));
            }
        }
        Optional<RevenueAgreement> agreement = store.latestAgreement(production);
        if (agreement.isEmpty()) {
            problems.add(new LineProblem(0, "production", "Upload the production's dossier first: its revenueShare "
                    + "names the participants and their percents."));
        }
        RevenueSplit.Statement statement = null;
        if (problems.isEmpty()) {
            try {
                statement = RevenueSplit.divide(amount, cur, agreement.get().poolPercent(),
                        agreement.get().participants().stream()
                                .map(p -> new RevenueSplit.Participant(p.person(), p.percent())).toList());
            } catch (RevenueSplit.InvalidSplit e) {
                problems.add(new LineProblem(0, e.where().equals("currency") ? "currency" : "revenue",
                        e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new LaborRefusal.Invalid("The report was not recorded.", problems);
        }
        RevenueSplit.Statement divided = statement;
        return transactions.execute(status -> {
            store.lockProduction(production);
            if (store.overlaps(production, cur, start, end)) {
                throw new LaborRefusal.Invalid("The report was not recorded.", List.of(new LineProblem(0,
                        "periodStart", "A report in " + cur + " already covers part of " + start + " to " + end
                        + "; each day's revenue is reported once.")));
            }
            List<RevenueReport.StatementLine> lines = new ArrayList<>();
            List<RevenueAgreement.Participant> participants = agreement.get().participants();
            for (int i = 0; i < divided.shares().size(); i++) {
                RevenueSplit.Share s = divided.shares().get(i);
                // As plain decimal text, the form it is stored in (stripTrailingZeros may give 1.5E+4).
                lines.add(new RevenueReport.StatementLine(i, s.person(), participants.get(i).name(), s.percent(),
                        new BigDecimal(s.exact().toPlainString()), s.amount()));
            }
            RevenueReport report = new RevenueReport(UUID.randomUUID(), production, agreement.get().id(), start,
                    end, divided.currency(), divided.revenue(), divided.pool(), caller.username(), now(),
                    lines);
            store.insert(report);
            return report;
        });
    }

    /** A report with what it needs for its statements; NotFound unless the caller's organization owns it. */
    public record Statement(RevenueReport report, RevenueAgreement agreement, Organizations.Production production) {
    }

    public Statement statement(Caller caller, UUID report) {
        RevenueReport r = store.report(report).orElseThrow(() -> new LaborRefusal.NotFound("No such report."));
        Organizations.Production production = productionOf(caller, r.production());
        return new Statement(r, store.agreement(r.agreement()).orElseThrow(), production);
    }

    /** Microseconds, the precision PostgreSQL keeps, so what is returned equals what is read back. */
    private java.time.Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private Organizations.Production productionOf(Caller caller, UUID production) {
        if (production == null) {
            throw new LaborRefusal.Invalid("production", "Choose the production.");
        }
        Organizations.Production target = organizations.findProduction(production).orElse(null);
        if (target == null || !(caller instanceof Caller.Production p) || p.organization() == null
                || !p.organization().equals(target.organization())) {
            throw new LaborRefusal.NotFound("There is no such production of your organization.");
        }
        return target;
    }

    /** A dossier as uploaded, with the AI adoption counted from its assets and credits. */
    private record Uploaded(Dossier dossier, AdoptionCount adoption) {
    }

    private Uploaded read(byte[] bytes, String name) {
        return UploadedDossier.read(bytes, name, dataDir, "revenue-", file -> {
            // A reader may make a second pass with a fresh sink; the result's sink is the one that saw every asset.
            DossierReader.Result<AdoptionCount> read = new DossierReader(
                    Catalogs.allClauses().map(Clause::id).collect(Collectors.toSet()))
                    .read(file, name, index -> new AdoptionCount());
            if (!read.valid() || read.dossier() == null) {
                throw new LaborRefusal.Invalid(name + " is not a valid dossier.", read.problems().stream().limit(50)
                        .map(p -> new LineProblem(0, p.location() + (p.pointer().isEmpty() ? "" : " " + p.pointer()),
                                p.message())).toList());
            }
            AdoptionCount adoption = read.sink() == null ? new AdoptionCount() : read.sink();
            adoption.credits(read.dossier().credits());
            return new Uploaded(read.dossier(), adoption);
        });
    }

    private static LocalDate date(String field, String text, List<LineProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new LineProblem(0, field, "Give the date (YYYY-MM-DD)."));
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new LineProblem(0, field, "'" + text + "' is not a date; write YYYY-MM-DD."));
            return null;
        }
    }

    /** {@code participants[2].percent} as a JSON pointer's tail, {@code participants/2/percent}. */
    private static String pointer(String where) {
        return where.replace("[", "/").replace("].", "/").replace("]", "");
    }

}
