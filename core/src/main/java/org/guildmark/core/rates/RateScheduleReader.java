package org.guildmark.core.rates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.guildmark.core.dossier.Enums;
import org.guildmark.core.dossier.Money;
import org.guildmark.core.read.Problem;
import org.guildmark.core.read.Problems;
import org.guildmark.core.read.TokenReader;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/** Reads a rate schedule file ({@code guildmark: rate-schedule/v1}), built-in or the guild's own. */
public final class RateScheduleReader {
    public static final String FORMAT = "rate-schedule/v1";
    private static final List<String> ROOT = List.of("guildmark", "id", "title", "note", "rates");
    private static final List<String> ENTRY = List.of("role", "unit", "minimum", "currency", "validFrom", "validUntil");

    /** A schedule, or the problems that stopped it from being one. */
    public record Result(RateSchedule schedule, List<Problem> problems) {
    }

    private RateScheduleReader() {
    }

    /** The schedules shipped with Guildmark, by id. */
    public static Result builtIn(String id) {
        String resource = id + ".yaml";
        if (!id.matches("[a-z0-9-]+")) {
            return new Result(null, List.of(new Problem("rateSchedule", "", "not a schedule id: " + id)));
        }
        try (InputStream in = RateScheduleReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            return read(in, true, "builtin:" + id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Result read(Path file, String displayName) {
        try (InputStream in = Files.newInputStream(file)) {
            String name = file.getFileName().toString();
            return read(in, !name.endsWith(".json"), displayName);
        } catch (NoSuchFileException e) {
            return new Result(null, List.of(new Problem(displayName + ":1:1", "", "no such rate schedule file")));
        } catch (IOException e) {
            return new Result(null, List.of(new Problem(displayName + ":1:1", "", "cannot be read: " + e.getMessage())));
        }
    }

    static Result read(InputStream in, boolean yaml, String displayName) {
        Problems problems = new Problems();
        JsonParser parser = (yaml ? new YAMLFactory() : new JsonFactory()).createParser(ObjectReadContext.empty(), in);
        TokenReader r = new TokenReader(parser, displayName, problems);
        String id = null;
        String title = null;
        String note = null;
        String format = null;
        List<RateEntry> entries = new ArrayList<>();
        List<String> entryLocations = new ArrayList<>();
        try (parser) {
            if (r.next() != JsonToken.START_OBJECT) {
                r.error("a rate schedule is a mapping starting with 'guildmark: " + FORMAT + "'");
                return new Result(null, problems.list());
            }
            String start = r.location();
            r.beginObject("a rate schedule");
            while (r.nextField()) {
                switch (r.field()) {
                    case "guildmark" -> format = r.string();
                    case "id" -> id = r.nonBlank();
                    case "title" -> title = r.nonBlank();
                    case "note" -> note = r.nonBlank();
                    case "rates" -> {
                        if (r.beginArray("a list of rates")) {
                            while (r.nextElement()) {
                                String location = r.location();
                                RateEntry e = entry(r);
                                if (e != null) {
                                    entries.add(e);
                                    entryLocations.add(location + " (" + r.pointer() + ")");
                                }
                            }
                        }
                    }
                    default -> r.unknownField(ROOT);
                }
            }
            if (!FORMAT.equals(format)) {
                r.error(start, "/guildmark", "a rate schedule starts with 'guildmark: " + FORMAT + "'");
            }
            if (id == null) {
                r.missing(start, "", "id");
            }
            for (int i = 0; i < entries.size(); i++) {
                for (int j = 0; j < i; j++) {
                    RateEntry a = entries.get(j);
                    RateEntry b = entries.get(i);
                    if (a.role().equals(b.role()) && a.unit() == b.unit() && a.overlaps(b)) {
                        problems.add(new Problem(entryLocations.get(i).split(" ")[0], "/rates/" + i,
                                "the " + b.role() + " per-" + org.guildmark.core.dossier.Wire.code(b.unit())
                                        + " rate overlaps in time with the one at " + entryLocations.get(j)
                                        + "; make the periods consecutive"));
                    }
                }
            }
        } catch (JacksonException e) {
            problems.add(new Problem(r.location(), r.pointer(), "not valid syntax here: " + e.getOriginalMessage()));
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems.list());
        }
        return new Result(new RateSchedule(id, title == null ? id : title, note, List.copyOf(entries)), List.of());
    }

    private static RateEntry entry(TokenReader r) {
        String start = r.location();
        String pointer = r.pointer();
        if (!r.beginObject("a rate {role, unit, minimum, currency, validFrom}")) {
            return null;
        }
        String role = null;
        Enums.RateUnit unit = null;
        BigDecimal minimum = null;
        String currency = null;
        LocalDate from = null;
        LocalDate until = null;
        while (r.nextField()) {
            switch (r.field()) {
                case "role" -> role = r.nonBlank();
                case "unit" -> unit = r.enumValue(Enums.RateUnit.class);
                case "minimum" -> {
                    minimum = r.decimal();
                    if (minimum != null && minimum.signum() < 0) {
                        r.error("a minimum rate cannot be negative");
                        minimum = null;
                    }
                }
                case "currency" -> currency = r.nonBlank();
                case "validFrom" -> from = r.date();
                case "validUntil" -> until = r.date();
                default -> r.unknownField(ENTRY);
            }
        }
        String missing = role == null ? "role" : unit == null ? "unit" : minimum == null ? "minimum"
                : currency == null ? "currency" : from == null ? "validFrom" : null;
        if (missing != null) {
            r.missing(start, pointer, missing);
            return null;
        }
        if (until != null && until.isBefore(from)) {
            r.error(start, pointer, "validUntil is before validFrom");
            return null;
        }
        return new RateEntry(role, unit, new Money(minimum, currency), from, until);
    }
}
