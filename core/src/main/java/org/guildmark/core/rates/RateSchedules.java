package org.guildmark.core.rates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.guildmark.core.read.DidYouMean;
import org.guildmark.core.read.Problem;

/** Finds the schedule a dossier names: a built-in id, or a file relative to the dossier. */
public final class RateSchedules {
    public static final List<String> BUILT_IN = List.of("aimeg-example-2026");

    private RateSchedules() {
    }

    /** @param location where the dossier names the schedule ({@code file:line:column}), for the problem if none is found */
    public static RateScheduleReader.Result resolve(String reference, Path dossierDirectory, String location) {
        if (BUILT_IN.contains(reference)) {
            return RateScheduleReader.builtIn(reference);
        }
        Path file = dossierDirectory.resolve(reference).normalize();
        if (Files.isRegularFile(file)) {
            return RateScheduleReader.read(file, reference);
        }
        return new RateScheduleReader.Result(null, List.of(new Problem(location, "/rateSchedule",
                "rateSchedule '" + reference + "'" + DidYouMean.hint(reference, BUILT_IN)
                        + " is neither a built-in schedule (" + String.join(", ", BUILT_IN) + ") nor a file at " + file)));
    }
}
