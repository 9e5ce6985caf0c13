package org.guildmark.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.guildmark.core.audit.Rule;
import org.guildmark.core.audit.Rules;
import org.guildmark.core.code.Catalogs;
import org.guildmark.core.code.Clause;
import org.guildmark.core.code.CodeCatalog;
import org.guildmark.core.code.Principle;
import org.guildmark.core.dossier.Wire;
import org.guildmark.core.read.DidYouMean;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code guildmark code}: the codes as Guildmark reads them, and the checks behind each clause. */
@Command(
        name = "code",
        description = {
            "Print the AIMEG Code of Ethics v1.0 and the IATSE Core Principles on AI as Guildmark assesses them, "
                    + "or one clause with the checks that implement it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:no such clause"},
        footerHeading = "%nExamples:%n",
        footer = {"  guildmark code", "  guildmark code 3.1", "  guildmark code IATSE-7"})
public final class CodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CLAUSE", description = "A clause id, e.g. 3.1 or IATSE-7.")
    String clause;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (clause == null) {
            Catalogs.all().forEach(catalog -> printCatalog(catalog, out));
            out.flush();
            return 0;
        }
        Optional<Clause> found = Catalogs.clause(clause);
        if (found.isEmpty()) {
            List<String> ids = Catalogs.allClauses().map(Clause::id).toList();
            spec.commandLine().getErr().println("guildmark code: no clause '" + clause + "'"
                    + DidYouMean.hint(clause, ids) + "; 'guildmark code' lists them all");
            return 2;
        }
        printClause(found.get(), out);
        out.flush();
        return 0;
    }

    private static void printCatalog(CodeCatalog catalog, PrintWriter out) {
        out.println(catalog.title() + " · version " + catalog.version() + " · effective " + catalog.effective());
        for (Principle principle : catalog.principles()) {
            out.println();
            out.println("  " + principle.id() + "  " + principle.title());
            for (Clause c : catalog.clauses()) {
                if (c.principle().equals(principle.id())) {
                    out.printf("    %-12s %-60s %s%n", c.id(), c.title(), describe(c));
                }
            }
        }
        out.println();
    }

    private static String describe(Clause c) {
        String rules = Rules.implementing(c.id()).stream().map(r -> r.spec().id()).collect(Collectors.joining(", "));
        return Wire.code(c.method()) + (rules.isEmpty() ? "" : ": " + rules);
    }

    private static void printClause(Clause c, PrintWriter out) {
        out.println(c.id() + "  " + c.title());
        out.println();
        out.println("  " + c.summary());
        out.println();
        out.println("  assessed: " + Wire.code(c.method()) + switch (c.method()) {
            case AUTOMATED -> " (a rule checks the dossier)";
            case ATTESTATION -> " (the production attests; a missing attestation is a major finding)";
            case MEMBER -> " (binds members, not productions: out of scope for a production audit)";
            case ADVISORY -> " (recommended; reported for information)";
        });
        if (c.attestation() != null) {
            out.println("  attestation: \"" + c.attestation() + "\"");
        }
        List<Rule> rules = Rules.implementing(c.id());
        if (!rules.isEmpty()) {
            out.println();
            out.println("  checks:");
            for (Rule rule : rules) {
                out.printf("    %-40s %-9s %s%n", rule.spec().id(), rule.spec().severity().code(), rule.spec().checks());
            }
        }
    }
}
