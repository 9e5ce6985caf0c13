package org.guildmark.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.guildmark.core.audit.AuditEngine;
import org.guildmark.core.audit.AuditReport;
import org.guildmark.core.read.Problem;
import org.guildmark.core.report.AdlExplanation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code guildmark adl}: a production's AI Dependency Level, and with {@code --explain} how it was reached. */
@Command(
        name = "adl",
        sortOptions = false,
        description = {"Compute a dossier's AI Dependency Level (ADL) as Guildmark defines it: the level, its display "
                + "form with markers, and the AI share S with its numerator and denominator."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:computed", "2:invalid dossier or usage error"},
        footerHeading = "%nExamples:%n",
        footer = {"  guildmark adl examples/lighthouse-feature.yaml --explain",
            "  guildmark adl dossier.json --format json"})
public final class AdlCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The dossier (YAML or JSON).")
    Path file;

    @Option(names = "--explain", description = "Show the rule that set the level, each floor that raised it, each "
            + "marker with the assets behind it, and a table by department.")
    boolean explain;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}); json always carries the full explanation.")
    String format;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format: '" + format + "' is not a format here; use text or json");
        }
        AuditReport report = new AuditEngine().audit(file, file.toString(), LocalDate.now(Clock.systemUTC()));
        PrintWriter out = spec.commandLine().getOut();
        if (report.adl() == null) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("guildmark adl: " + file + " is not a valid dossier:");
            for (Problem p : report.errors()) {
                err.println("  " + p);
            }
            if (report.errorsOmitted() > 0) {
                err.println("  … and " + report.errorsOmitted() + " more");
            }
            err.flush();
            return 2;
        }
        if (format.equals("json")) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(AdlExplanation.json(report.adl())));
        } else {
            out.println((report.title() == null ? "" : report.title() + " (" + report.production() + ")"));
            AdlExplanation.text(report.adl(), explain, out);
        }
        out.flush();
        return 0;
    }
}
