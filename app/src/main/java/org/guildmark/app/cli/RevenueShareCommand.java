package org.guildmark.app.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.guildmark.core.code.Catalogs;
import org.guildmark.core.code.Clause;
import org.guildmark.core.dossier.Dossier;
import org.guildmark.core.dossier.Person;
import org.guildmark.core.dossier.RevenueShare;
import org.guildmark.core.read.DossierReader;
import org.guildmark.core.read.Problem;
import org.guildmark.core.revenue.RevenueSplit;
import org.guildmark.core.revenue.StatementFormats;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code guildmark revenue-share}: each human creator's share of a revenue amount (clause 2.3), offline. */
@Command(
        name = "revenue-share",
        sortOptions = false,
        description = {"Divide a revenue amount's creator pool among the dossier's revenueShare participants "
                + "(clause 2.3) in exact decimal arithmetic: the amounts add up to the pool to the minor unit "
                + "(largest remainder; ties to the larger percent, then the order listed)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:divided", "2:invalid dossier, no revenueShare, bad amounts or usage error"},
        footerHeading = "%nExamples:%n",
        footer = {"  guildmark revenue-share examples/lighthouse-feature.yaml --revenue 1250000.00 --currency USD",
            "  guildmark revenue-share dossier.yaml --revenue 99.99 --currency EUR --format csv"})
public final class RevenueShareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DOSSIER", description = "The dossier (YAML or JSON).")
    Path file;

    @Option(names = "--revenue", paramLabel = "AMOUNT", required = true,
            description = "The revenue of the period on the dossier's basis (e.g. net receipts), e.g. 1250000.00.")
    String revenue;

    @Option(names = "--currency", paramLabel = "CUR", required = true,
            description = "The ISO 4217 currency of the amount, e.g. USD, EUR, JPY.")
    String currency;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        if (!List.of("text", "json", "csv").contains(format)) {
            throw new ParameterException(spec.commandLine(), "--format: '" + format + "' is not a format here; use "
                    + "text, json or csv");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(revenue.strip());
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--revenue: '" + revenue + "' is not an amount; write "
                    + "digits with a decimal point, e.g. 1250000.00");
        }
        DossierReader.Result<DossierReader.AssetSink> read = new DossierReader(
                Catalogs.allClauses().map(Clause::id).collect(Collectors.toSet()))
                .read(file, file.toString(), index -> asset -> { });
        var err = spec.commandLine().getErr();
        if (!read.valid() || read.dossier() == null) {
            err.println("guildmark revenue-share: " + file + " is not a valid dossier:");
            read.problems().stream().limit(20).forEach(p -> err.println("  " + p));
            err.flush();
            return 2;
        }
        Dossier dossier = read.dossier();
        RevenueShare share = dossier.revenueShare();
        String where = read.locationOf("revenueShare", file.toString());
        if (share == null) {
            err.println("guildmark revenue-share: " + file + " has no revenueShare section (clause 2.3): add the "
                    + "creator pool and its participants.");
            err.flush();
            return 2;
        }
        RevenueSplit.Statement statement;
        try {
            statement = RevenueSplit.divide(amount, currency, share.creatorPoolPercent(), share.participants()
                    .stream().map(p -> new RevenueSplit.Participant(p.person(), p.percent())).toList());
        } catch (RevenueSplit.InvalidSplit e) {
            boolean ours = e.where().equals("revenue") || e.where().equals("currency");
            err.println("guildmark revenue-share: " + (ours ? "--" + e.where() : where + " (revenueShare."
                    + e.where() + ")") + ": " + e.getMessage());
            err.flush();
            return 2;
        }
        Map<String, String> names = new HashMap<>();
        for (Person person : dossier.people()) {
            names.put(person.id(), person.name());
        }
        var out = spec.commandLine().getOut();
        String title = dossier.production().title();
        out.print(switch (format) {
            case "json" -> StatementFormats.json(dossier.production().id(), statement, names);
            case "csv" -> StatementFormats.csv(statement, names);
            default -> StatementFormats.text(title, statement, names);
        });
        out.flush();
        return 0;
    }
}
