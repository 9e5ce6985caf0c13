package org.guildmark.app.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.guildmark.core.audit.AuditEngine;
import org.guildmark.core.audit.AuditReport;
import org.guildmark.core.audit.Rules;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.consent.ConsentRegistry;
import org.guildmark.core.report.ReportFormat;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code guildmark audit}: audits dossiers offline against every clause of the Code. */
@Command(
        name = "audit",
        sortOptions = false,
        description = {
            "Audit production dossiers (YAML or JSON, format dossier/v1) against every clause of the AIMEG Code "
                    + "of Ethics v1.0 and, for IATSE productions, the IATSE Core Principles on AI.",
            "Works offline; nothing is sent anywhere, unless --registry names a consent registry to ask."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:certifiable (and nothing at or above --fail-on)",
            "1:not certifiable, or a finding at or above --fail-on",
            "2:invalid dossier, usage error, or the consent registry could not answer"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  guildmark audit examples/lighthouse-feature.yaml",
            "  guildmark audit dossier.json --format sarif --out audit.sarif",
            "  guildmark audit dossier.yaml --as-of 2026-09-01 --fail-on major",
            "  GUILDMARK_TOKEN=gmk_... guildmark audit dossier.yaml --registry https://registry.example"})
public final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dossier files to audit.")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = FormatConverter.class,
            description = "Report format: text, json, markdown, html or sarif (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "The day the audit speaks for (YYYY-MM-DD; default: today, UTC): consents revoked after it "
                    + "count as not revoked. Consents are judged when each asset was made, pay by the minimum in force "
                    + "on each engagement's start.")
    LocalDate asOf;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "blocking",
            converter = SeverityConverter.class,
            description = "Exit 1 when a finding of this severity or worse exists: blocking, major, minor or info "
                    + "(default: ${DEFAULT-VALUE}).")
    Severity failOn;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path out;

    @Option(names = "--max-findings-per-rule", paramLabel = "N", defaultValue = "1000",
            description = "List at most N findings of one rule; the rest are counted (default: ${DEFAULT-VALUE}).")
    int findingsPerRule;

    @Option(names = "--no-color", description = "Plain text even on a terminal (also when NO_COLOR is set).")
    boolean noColor;

    @Option(names = "--registry", paramLabel = "URL",
            description = "Ask this consent registry (a Guildmark server) whether each synthetic likeness of a person "
                    + "with a registryId is covered, as of when the asset was made, instead of the dossier's "
                    + "consents. Needs an API token with scope consent:check in GUILDMARK_TOKEN.")
    URI registry;

    /** The environment variable holding the registry's API token. */
    static final String TOKEN_VARIABLE = "GUILDMARK_TOKEN";

    private final Clock clock;
    private final Function<String, String> environment;

    public AuditCommand() {
        this(Clock.systemUTC());
    }

    AuditCommand(Clock clock) {
        this(clock, System::getenv);
    }

    AuditCommand(Clock clock, Function<String, String> environment) {
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        if (findingsPerRule < 1) {
            throw new ParameterException(spec.commandLine(), "--max-findings-per-rule must be at least 1");
        }
        if (out != null && Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out names the directory " + out
                    + "; give a file name, e.g. " + out.resolve("audit." + extension(format)));
        }
        ConsentRegistry consents = registry == null ? null : registryClient();
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        AuditEngine engine = new AuditEngine(Rules.all(), findingsPerRule);
        List<AuditReport> reports = new ArrayList<>();
        int exit = 0;
        for (Path file : files) {
            AuditReport report;
            try {
                report = consents == null ? engine.audit(file, file.toString(), day)
                        : engine.audit(file, file.toString(), day, consents);
            } catch (ConsentRegistry.Unavailable unavailable) {
                // No report at all rather than one that silently lacks the registry's answers.
                spec.commandLine().getErr().println("guildmark audit: " + file + ": " + unavailable.getMessage()
                        + "; no report written.");
                return CommandLine.ExitCode.USAGE; // 2, as for an invalid dossier
            }
            reports.add(report);
            exit = Math.max(exit, report.exitCode(failOn));
        }
        if (out == null) {
            boolean colour = !noColor && System.getenv("NO_COLOR") == null && System.console() != null
                    && format == ReportFormat.TEXT;
            PrintWriter stdout = spec.commandLine().getOut();
            format.writer(colour).write(reports, stdout);
            stdout.flush();
        } else {
            writeAtomically(reports);
            spec.commandLine().getErr().println("Report written to " + out);
        }
        return exit;
    }

    private ConsentRegistry registryClient() {
        String unsuitable = RegistryClient.unsuitable(registry);
        if (unsuitable != null) {
            throw new ParameterException(spec.commandLine(), "--registry " + registry + ": " + unsuitable);
        }
        String token = environment.apply(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--registry needs an API token in " + TOKEN_VARIABLE
                    + " (create one with scope consent:check: POST /api/v1/tokens)");
        }
        return new RegistryClient(registry, token.strip());
    }

    /** Writes beside the target and moves into place, so a failed run never leaves half a report. */
    private void writeAtomically(List<AuditReport> reports) throws IOException {
        Path target = out.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".guildmark-", ".tmp");
            try {
                try (Writer writer = new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8)) {
                    format.writer(false).write(reports, writer);
                }
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new IOException("cannot write the report to " + out + ": " + reason(e), e);
        }
    }

    private static String extension(ReportFormat format) {
        return switch (format) {
            case TEXT -> "txt";
            case MARKDOWN -> "md";
            case JSON, HTML, SARIF -> format.code();
        };
    }

    private static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " exists and is not a directory";
        }
        if (e instanceof AccessDeniedException f) {
            return "permission denied for " + f.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getFile() + ": " + f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
