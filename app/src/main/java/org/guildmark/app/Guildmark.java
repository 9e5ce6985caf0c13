package org.guildmark.app;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.guildmark.app.cli.AdlCommand;
import org.guildmark.app.cli.AuditCommand;
import org.guildmark.app.cli.DiscloseCommand;
import org.guildmark.app.cli.CodeCommand;
import org.guildmark.app.cli.ImportCommand;
import org.guildmark.app.cli.RevenueShareCommand;
import org.guildmark.app.cli.VerifyCommand;
import org.guildmark.core.read.DidYouMean;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code guildmark} command, and the only {@code main} of the executable jar.
 *
 * <p>Only {@link ServeCommand} creates a Spring context; every other command runs on
 * {@code guildmark-core} alone. Offline commands live in {@code org.guildmark.app.cli}, are added
 * with one line in {@code subcommands} below, and inherit {@code --help} and {@code --version}.
 * Since this class refers to them, they must not refer back to this package (the module check in
 * the build rejects the cycle); picocli's {@code ExitCode} covers their exit codes.
 */
@Command(
        name = "guildmark",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = Guildmark.ManifestVersion.class,
        description = "Certify AI-assisted productions against the AIMEG Code of Ethics and the IATSE AI principles.",
        subcommands = {
                ServeCommand.class,
                AuditCommand.class,
                AdlCommand.class,
                DiscloseCommand.class,
                CodeCommand.class,
                ImportCommand.class,
                VerifyCommand.class,
                RevenueShareCommand.class,
        })
public final class Guildmark implements Callable<Integer> {

    /** Exit code for usage errors and failed commands. */
    public static final int FAILURE = 2;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The fully configured command line, as {@link #main} runs it. */
    public static CommandLine commandLine() {
        return new CommandLine(new Guildmark())
                .setExecutionExceptionHandler(new OneLineError())
                .setParameterExceptionHandler(new OneLineUsageError());
    }

    /** Without a subcommand there is nothing to do: show what there is. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return FAILURE;
    }

    /** The version written into the jar's manifest at build time, or {@code dev} when run from classes. */
    static final class ManifestVersion implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Guildmark.class.getPackage().getImplementationVersion();
            return new String[] {"guildmark " + (version == null ? "dev" : version)};
        }
    }

    /**
     * Reports a usage error as one line on stderr: what is wrong (naming the option), a suggestion when the
     * input looks misspelt, and where to read more. The usage text itself is left to {@code --help}.
     */
    static final class OneLineUsageError implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException failure, String[] args) {
            CommandLine commandLine = failure.getCommandLine();
            String command = commandLine.getCommandSpec().qualifiedName();
            StringBuilder line = new StringBuilder(command).append(": ")
                    .append(String.valueOf(failure.getMessage()).replaceAll("\\s+", " ").strip());
            if (failure instanceof UnmatchedArgumentException unmatched) {
                List<String> suggestions = suggestions(unmatched);
                if (!suggestions.isEmpty()) {
                    line.append("; did you mean ").append(String.join(" or ", suggestions)).append('?');
                }
            }
            line.append(" (see '").append(command).append(" --help')");
            PrintWriter err = commandLine.getErr();
            err.println(commandLine.getColorScheme().errorText(line.toString()));
            err.flush();
            return FAILURE;
        }

        /** Picocli's suggestions, else the closest option name to a misspelt option such as {@code --frmat}. */
        private static List<String> suggestions(UnmatchedArgumentException unmatched) {
            if (!unmatched.getSuggestions().isEmpty()) {
                return unmatched.getSuggestions();
            }
            List<String> arguments = unmatched.getUnmatched();
            if (arguments.isEmpty() || !arguments.get(0).startsWith("-")) {
                return List.of();
            }
            String option = arguments.get(0).split("=", 2)[0];
            return DidYouMean.closest(option, unmatched.getCommandLine().getCommandSpec().optionsMap().keySet())
                    .map(List::of).orElse(List.of());
        }
    }

    /** Reports a failed command as one line on stderr, never as a stack trace. */
    static final class OneLineError implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
            PrintWriter err = commandLine.getErr();
            err.println(commandLine.getColorScheme().errorText(
                    commandLine.getCommandSpec().qualifiedName() + ": " + describe(failure)));
            err.flush();
            return FAILURE;
        }

        /** The messages along the cause chain, outermost first, skipping any a wrapper already repeats. */
        static String describe(Throwable failure) {
            StringBuilder line = new StringBuilder(messageOf(failure));
            Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            seen.add(failure);
            for (Throwable cause = failure.getCause(); cause != null && seen.add(cause); cause = cause.getCause()) {
                String message = cause.getMessage();
                if (message != null && !message.isBlank() && line.indexOf(message.strip()) < 0) {
                    line.append(": ").append(message.strip());
                }
            }
            return line.toString();
        }

        private static String messageOf(Throwable failure) {
            String message = failure.getMessage();
            return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message.strip();
        }
    }
}
