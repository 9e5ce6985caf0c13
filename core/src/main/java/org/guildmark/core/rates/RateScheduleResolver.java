package org.guildmark.core.rates;

import java.nio.file.Path;

/**
 * Finds the rate schedule a dossier names in {@code rateSchedule}. The offline audit resolves built-in ids and files
 * beside the dossier ({@link RateSchedules#resolve}); the guild's server also resolves the schedules it keeps.
 */
@FunctionalInterface
public interface RateScheduleResolver {

    /** The offline default: built-in schedules and files relative to the dossier's directory. */
    RateScheduleResolver OFFLINE = RateSchedules::resolve;

    /**
     * @param directory the dossier's directory, for a relative file
     * @param location  where the dossier names it, for the problem when it cannot be found
     */
    RateScheduleReader.Result resolve(String reference, Path directory, String location);
}
