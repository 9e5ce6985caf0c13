package org.guildmark.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.guildmark.core.evidence.c2pa.C2paEvidence;
import org.guildmark.core.evidence.c2pa.C2paImport;
import org.guildmark.core.evidence.c2pa.C2paReader;
import org.guildmark.core.read.DossierTree;
import org.guildmark.core.read.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code guildmark import c2pa}: what C2PA manifests record about AI use, shown or written into a dossier. */
@Command(
        name = "c2pa",
        sortOptions = false,
        description = {
            "Read C2PA manifests (the JSON report c2patool prints for an asset, or a manifest definition) and show "
                    + "what each records: the AI use it stands for (adl.md), its IPTC digital source types, the "
                    + "tools (software agents) and the training and data-mining permissions.",
            "With --into and --asset, write the manifest's AI use, its tools and its path into that asset of a "
                    + "dossier (YAML or JSON, up to 64 MiB). The dossier is rewritten whole and atomically; YAML "
                    + "comments are not kept. A declared AI use stronger than the manifest's is kept."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:read (and imported)", "2:a manifest or the dossier cannot be read, or usage error"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  c2patool shot.mp4 > manifests/sh040.json",
            "  guildmark import c2pa manifests/sh040.json manifests/sh050.json --format json",
            "  guildmark import c2pa manifests/sh040.json --into dossier.yaml --asset sh040"})
public final class ImportC2paCommand implements Callable<Integer> {
    private static final Pattern COMMENT = Pattern.compile("(^|\\s)#");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "MANIFEST", description = "C2PA manifests as c2patool JSON.")
    List<Path> manifests;

    @Option(names = "--into", paramLabel = "DOSSIER",
            description = "Write the manifest into this dossier (with --asset); one manifest at a time.")
    Path into;

    @Option(names = "--asset", paramLabel = "ID", description = "The id of the asset in the dossier the manifest is of.")
    String asset;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format: '" + format + "' is not a format here; "
                    + "use text or json");
        }
        if ((into == null) != (asset == null)) {
            throw new ParameterException(spec.commandLine(), into == null
                    ? "--asset needs --into, the dossier to write into" : "--into needs --asset, the asset's id");
        }
        if (into != null && manifests.size() != 1) {
            throw new ParameterException(spec.commandLine(), "--into takes one manifest at a time; "
                    + manifests.size() + " were given");
        }
        C2paReader reader = new C2paReader();
        List<C2paEvidence> evidence = manifests.stream().map(m -> reader.read(m, m.toString())).toList();
        return into == null ? show(evidence) : importInto(evidence.get(0));
    }

    private int show(List<C2paEvidence> evidence) {
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(EvidenceReport.json(evidence, null));
        } else {
            evidence.forEach(e -> EvidenceReport.text(e, out));
        }
        out.flush();
        return evidence.stream().allMatch(C2paEvidence::complete) ? 0 : 2;
    }

    private int importInto(C2paEvidence evidence) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!evidence.complete()) {
            err.println("guildmark import c2pa: " + evidence.source() + " cannot be fully read; nothing was written:");
            for (Problem p : evidence.problems()) {
                err.println("  " + p);
            }
            err.flush();
            return 2;
        }
        DossierTree dossier = DossierTree.load(into);
        C2paImport.Result result = C2paImport.apply(dossier.root(), asset, evidence, relativeToDossier(manifests.get(0)));
        if (result.refused()) {
            err.println("guildmark import c2pa: cannot import into " + into + ": " + result.refusal()
                    + "; nothing was written");
            err.flush();
            return 2;
        }
        boolean comments = dossier.yaml() && hasComments(into);
        dossier.save();
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(EvidenceReport.json(List.of(evidence), new EvidenceReport.Import(into.toString(), asset,
                    result.changes())));
        } else {
            out.println("Imported " + evidence.source() + " into " + into + ", asset " + asset + ":");
            result.changes().forEach(c -> out.println("  " + c));
        }
        out.flush();
        if (comments) {
            err.println("note: " + into + " was rewritten without its comments");
            err.flush();
        }
        return 0;
    }

    /** The manifest's path as the dossier names it: relative to the dossier's directory, with forward slashes. */
    private String relativeToDossier(Path manifest) {
        Path directory = into.toAbsolutePath().normalize().getParent();
        Path file = manifest.toAbsolutePath().normalize();
        try {
            return directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        } catch (IllegalArgumentException otherRoot) {
            return file.toString();
        }
    }

    private static boolean hasComments(Path yaml) throws IOException {
        try (Stream<String> lines = Files.lines(yaml)) {
            return lines.anyMatch(line -> COMMENT.matcher(line).find());
        }
    }
}
