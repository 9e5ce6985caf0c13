package org.guildmark.app.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code guildmark import}: evidence from other tools, read and written into dossiers. */
@Command(
        name = "import",
        description = "Import evidence from other tools: c2pa reads C2PA manifests (Content Credentials) as "
                + "c2patool writes them.",
        subcommands = ImportC2paCommand.class)
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a kind of evidence there is nothing to do: show what there is. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
