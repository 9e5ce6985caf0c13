package org.guildmark.app.labor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.guildmark.core.rates.RateEntry;
import org.guildmark.core.rates.RateSchedule;
import org.guildmark.core.rates.RateScheduleReader;
import org.guildmark.core.read.Problem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The guild's minimum-rate schedules (clause 2.1): schedules by code, each a series of versions imported whole from
 * CSV and never changed afterwards. On a date, the version in force is the one with the latest
 * {@code effectiveFrom} on or before it (of two starting the same day, the later-imported); a correction is a new
 * version, and the old one stays readable.
 *
 * <p>A dossier names a guild schedule as {@code rateSchedule: guild:CODE/TIER} (the tier defaults to
 * {@code standard}); {@link #resolve} turns that into the core audit's {@link RateSchedule}, each version's rates
 * limited to the days that version is in force, so every engagement is checked against the version in force on its
 * start date.
 */
@Service
public class GuildRateSchedules {

    /** How a dossier's {@code rateSchedule} names a schedule kept by the guild, rather than a built-in or a file. */
    public static final String PREFIX = "guild:";
    public static final String DEFAULT_TIER = "standard";

    private static final String CODE = "[a-z0-9][a-z0-9-]{0,99}";

    private final RateScheduleStore store;
    private final TransactionOperations transactions;
    private final Clock clock;

    GuildRateSchedules(RateScheduleStore store, TransactionOperations transactions, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A new, empty schedule; its rates come with its first imported version. */
    public GuildRateSchedule create(String username, String code, String title) {
        List<LineProblem> problems = new ArrayList<>();
        String c = code == null ? "" : code.trim();
        String t = title == null ? "" : title.trim();
        if (!c.matches(CODE)) {
            problems.add(new LineProblem(0, "code", c.isEmpty() ? "Give the schedule a code (e.g. guild-2026)."
                    : "A code is lower-case letters, digits and hyphens, at most 100 (e.g. guild-2026)."));
        }
        if (t.isEmpty() || t.length() > 300) {
            problems.add(new LineProblem(0, "title", "Give the schedule a title of at most 300 characters."));
        }
        if (!problems.isEmpty()) {
            throw new LaborRefusal.Invalid("The schedule was not created.", problems);
        }
        GuildRateSchedule schedule = new GuildRateSchedule(UUID.randomUUID(), c, t, username, clock.instant());
        try {
            transactions.executeWithoutResult(status -> {
                if (store.find(c).isPresent()) {
                    throw new DuplicateKeyException(c);
                }
                store.insert(schedule);
            });
        } catch (DuplicateKeyException e) {
            throw new LaborRefusal.Invalid("The schedule was not created.",
                    List.of(new LineProblem(0, "code", "A schedule with the code " + c + " exists already.")));
        }
        return schedule;
    }

    /**
     * Imports a new version from CSV ({@link RateCsv#COLUMNS}). A file with any bad line is refused whole with every
     * problem by line, and nothing is stored.
     */
    public RateScheduleVersion importVersion(String username, String code, LocalDate effectiveFrom, String note,
            String fileName, byte[] csv) {
        GuildRateSchedule schedule = schedule(code);
        List<LineProblem> problems = new ArrayList<>();
        if (effectiveFrom == null) {
            problems.add(new LineProblem(0, "effectiveFrom", "Give the date this version takes effect."));
        }
        String n = note == null || note.isBlank() ? null : note.trim();
        if (n != null && n.length() > 2000) {
            problems.add(new LineProblem(0, "note", "Keep the note within 2,000 characters."));
        }
        if (csv == null || csv.length == 0) {
            problems.add(new LineProblem(0, "file", "Choose the CSV file of rates to import."));
        }
        if (problems.isEmpty()) {
            problems.addAll(RateCsv.read(csv, effectiveFrom).problems());
        }
        if (!problems.isEmpty()) {
            throw new LaborRefusal.Invalid("Nothing was imported: " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + " to fix first.", problems);
        }
        List<MinimumRate> rates = RateCsv.read(csv, effectiveFrom).rates();
        String file = fileName == null || fileName.isBlank() ? null
                : fileName.substring(0, Math.min(300, fileName.length()));
        return transactions.execute(status -> {
            RateScheduleVersion version = new RateScheduleVersion(UUID.randomUUID(), schedule.id(),
                    store.nextVersion(schedule.id()), effectiveFrom, n, file, username, clock.instant());
            store.insert(version, rates);
            return version;
        });
    }

    public List<GuildRateSchedule> schedules() {
        return store.all();
    }

    public GuildRateSchedule schedule(String code) {
        return store.find(Objects.requireNonNullElse(code, ""))
                .orElseThrow(() -> new LaborRefusal.NotFound("There is no rate schedule " + code + "."));
    }

    /** A schedule's versions, oldest first: its whole history. */
    public List<RateScheduleVersion> versions(String code) {
        return store.versions(schedule(code).id());
    }

    public RateScheduleVersion version(String code, int number) {
        return versions(code).stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new LaborRefusal.NotFound("Schedule " + code + " has no version " + number + "."));
    }

    public List<MinimumRate> rates(RateScheduleVersion version) {
        return store.rates(version.id());
    }

    /** A version as CSV that imports again unchanged. */
    public String exportCsv(String code, int number) {
        return RateCsv.write(rates(version(code, number)));
    }

    /** A version in the schedule's history, with the days it is in force: none when a later import replaced it. */
    public record Standing(RateScheduleVersion version, LocalDate inForceFrom, LocalDate inForceUntil,
            boolean everInForce, boolean inForceToday) {
    }

    /** Every version, newest first, with when it is in force. */
    public List<Standing> history(String code) {
        List<RateScheduleVersion> versions = versions(code);
        List<Window> timeline = timeline(versions);
        LocalDate today = LocalDate.now(clock);
        List<Standing> history = new ArrayList<>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            RateScheduleVersion v = versions.get(i);
            Optional<Window> w = timeline.stream().filter(x -> x.version().equals(v)).findFirst();
            history.add(new Standing(v, w.map(Window::from).orElse(null), w.map(Window::until).orElse(null),
                    w.isPresent(), w.isPresent() && w.get().covers(today)));
        }
        return history;
    }

    /** The version in force on {@code date}, if any has taken effect by then. */
    public Optional<RateScheduleVersion> versionInForce(String code, LocalDate date) {
        return timeline(versions(code)).stream().filter(w -> w.covers(date)).map(Window::version).findFirst();
    }

    /**
     * The core audit's schedule for one tier as of {@code date}: the rates of the version in force that day, limited
     * to the days that version is in force. Its id, {@code guild:CODE/TIER@vN}, names the version.
     */
    public Optional<RateSchedule> inForce(String code, String tier, LocalDate date) {
        GuildRateSchedule schedule = schedule(code);
        return timeline(store.versions(schedule.id())).stream().filter(w -> w.covers(date)).findFirst()
                .map(w -> new RateSchedule(PREFIX + code + "/" + tier + "@v" + w.version().number(),
                        schedule.title() + " (" + tier + ", version " + w.version().number() + ")",
                        w.version().note(), entries(w, tier)));
    }

    /**
     * A dossier's {@code rateSchedule: guild:CODE[/TIER]} as the core audit's schedule, the same result shape as
     * {@link org.guildmark.core.rates.RateSchedules#resolve}: every version's rates of the tier, each limited to the
     * days its version is in force, so an engagement is checked against the version in force on its start date.
     * {@code location} is where the dossier names it, for the problem when there is no such schedule or tier.
     */
    public RateScheduleReader.Result resolve(String reference, String location) {
        Optional<String[]> parts = parse(reference);
        if (parts.isEmpty()) {
            return refused(location, "rateSchedule '" + reference + "' does not name a guild schedule; write "
                    + PREFIX + "CODE or " + PREFIX + "CODE/TIER");
        }
        String code = parts.get()[0];
        String tier = parts.get()[1];
        Optional<GuildRateSchedule> schedule = store.find(code);
        if (schedule.isEmpty()) {
            return refused(location, "the guild keeps no rate schedule '" + code + "'");
        }
        List<RateEntry> entries = new ArrayList<>();
        for (Window w : timeline(store.versions(schedule.get().id()))) {
            entries.addAll(entries(w, tier));
        }
        if (entries.isEmpty()) {
            return refused(location, "the guild's rate schedule '" + code + "' has no rates for the budget tier '"
                    + tier + "'");
        }
        return new RateScheduleReader.Result(new RateSchedule(PREFIX + code + "/" + tier,
                schedule.get().title() + " (" + tier + ")", null, List.copyOf(entries)), List.of());
    }

    /** {@code guild:CODE[/TIER]} as {code, tier}, or empty when it is not in that form. */
    static Optional<String[]> parse(String reference) {
        if (reference == null || !reference.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = reference.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        String code = slash < 0 ? rest : rest.substring(0, slash);
        String tier = slash < 0 ? DEFAULT_TIER : rest.substring(slash + 1);
        return code.matches(CODE) && tier.matches(CODE) ? Optional.of(new String[] {code, tier}) : Optional.empty();
    }

    private List<RateEntry> entries(Window w, String tier) {
        return store.rates(w.version().id()).stream().filter(r -> r.tier().equals(tier))
                .map(r -> r.entryWithin(w.from(), w.until())).filter(Objects::nonNull).toList();
    }

    /** When a version is in force: from its start to the day before the next start (until null: still). */
    private record Window(RateScheduleVersion version, LocalDate from, LocalDate until) {
        boolean covers(LocalDate date) {
            return !date.isBefore(from) && (until == null || !date.isAfter(until));
        }
    }

    /** The versions that are ever in force, latest start first; one that another replaces from its start never is. */
    private static List<Window> timeline(List<RateScheduleVersion> versions) {
        List<RateScheduleVersion> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(RateScheduleVersion::effectiveFrom)
                .thenComparing(RateScheduleVersion::number).reversed());
        List<Window> windows = new ArrayList<>();
        LocalDate nextStart = null;
        for (RateScheduleVersion v : sorted) {
            if (nextStart != null && !v.effectiveFrom().isBefore(nextStart)) {
                continue;
            }
            windows.add(new Window(v, v.effectiveFrom(), nextStart == null ? null : nextStart.minusDays(1)));
            nextStart = v.effectiveFrom();
        }
        return windows;
    }

    private static RateScheduleReader.Result refused(String location, String message) {
        return new RateScheduleReader.Result(null, List.of(new Problem(location, "/rateSchedule", message)));
    }
}
