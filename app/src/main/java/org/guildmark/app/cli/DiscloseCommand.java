package org.guildmark.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.guildmark.core.disclosure.DisclosurePack;
import org.guildmark.core.read.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code guildmark disclose}: writes the pack a production publishes about its AI use. */
@Command(
        name = "disclose",
        sortOptions = false,
        description = {"Write a disclosure pack for a dossier: disclosure.md/.html/.txt (the statement viewers and "
                + "festivals read), credits.txt/.json, labels.json, production.jsonld (schema.org), c2pa/ASSET.json "
                + "(a C2PA manifest definition per delivered AI-touched asset) and manifest.json (SHA-256 of every file)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:pack written", "2:invalid dossier, unusable target directory or usage error"},
        footerHeading = "%nExamples:%n",
        footer = {"  guildmark disclose examples/lighthouse-feature.yaml --out lighthouse-pack"})
public final class DiscloseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The dossier (YAML or JSON).")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Directory for the pack: new, empty, or an earlier pack, which is replaced whole.")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "Judge revocations as they stood on this date (YYYY-MM-DD; default: today, UTC).")
    LocalDate asOf;

    @Override
    public Integer call() {
        LocalDate day = asOf != null ? asOf : LocalDate.now(Clock.systemUTC());
        PrintWriter err = spec.commandLine().getErr();
        DisclosurePack.Result result;
        try {
            result = new DisclosurePack().write(file, file.toString(), out, day);
        } catch (DisclosurePack.TargetNotAPack e) {
            err.println("guildmark disclose: " + e.getMessage());
            return 2;
        }
        if (result.files().isEmpty()) {
            err.println("guildmark disclose: " + file + " is not a valid dossier; nothing was written:");
            for (Problem p : result.audit().errors()) {
                err.println("  " + p);
            }
            return 2;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Disclosure pack for " + result.audit().title() + " (" + result.audit().adl().display() + ") in "
                + out + ": " + result.files().size() + " files");
        result.notes().forEach(n -> stdout.println("  note: " + n));
        if (result.audit().verdict() != org.guildmark.core.audit.Verdict.CERTIFIABLE) {
            stdout.println("  the audit is " + result.audit().verdict().code()
                    + ": run 'guildmark audit " + file + "' to see what to fix before publishing");
        }
        stdout.flush();
        return 0;
    }
}
