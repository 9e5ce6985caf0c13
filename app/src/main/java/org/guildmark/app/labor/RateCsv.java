package org.guildmark.app.labor;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.guildmark.core.dossier.Enums.RateUnit;
import org.guildmark.core.dossier.Money;

/**
 * A schedule version as CSV, one minimum a line under a header naming the {@link #COLUMNS} (in any order). Reading
 * checks every line and reports every problem with its line number, so a guild fixes its file in one pass; a file
 * with any problem yields no rates at all.
 */
final class RateCsv {

    static final List<String> COLUMNS =
            List.of("role", "role_kind", "unit", "tier", "currency", "minimum", "valid_from", "valid_until");
    static final int MAXIMUM_RATES = 10_000;

    private static final String CODE = "[a-z0-9][a-z0-9-]*";

    /** The rates of a file, or the problems that stopped it; never both. */
    record Parsed(List<MinimumRate> rates, List<LineProblem> problems) {
    }

    private RateCsv() {
    }

    /** Reads a version's rates; a blank {@code valid_from} means the version's {@code effectiveFrom}. */
    static Parsed read(byte[] bytes, LocalDate effectiveFrom) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return refused(new LineProblem(1, "", "the file is not UTF-8 text; save it as CSV (UTF-8)"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<LineProblem> problems = new ArrayList<>();
        List<MinimumRate> rates = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            if (header.isEmpty()) {
                return refused(new LineProblem(1, "", "the file is empty; the first line names the columns "
                        + String.join(",", COLUMNS)));
            }
            for (String column : header) {
                if (!COLUMNS.contains(column)) {
                    problems.add(new LineProblem(1, column, "unknown column; the columns are "
                            + String.join(", ", COLUMNS)));
                }
            }
            for (String column : COLUMNS) {
                if (!column.equals("valid_until") && !header.contains(column)) {
                    problems.add(new LineProblem(1, column, "missing column"));
                }
            }
            if (!problems.isEmpty()) {
                return refused(problems);
            }
            List<String> names = parser.getHeaderNames();
            LineCounter lines = new LineCounter(text);
            int line;
            for (CSVRecord record : parser) {
                line = lines.lineOf(record.getCharacterPosition());
                if (rates.size() + problems.size() >= MAXIMUM_RATES) {
                    problems.add(new LineProblem(line, "", "more than " + MAXIMUM_RATES + " rates; split the file"));
                    break;
                }
                if (record.size() != names.size()) {
                    problems.add(new LineProblem(line, "", "has " + record.size() + " fields where the header has "
                            + names.size()));
                    continue;
                }
                MinimumRate rate = rate(line, header, record, effectiveFrom, problems);
                if (rate != null) {
                    for (MinimumRate earlier : rates) {
                        if (earlier.sameSlot(rate) && earlier.overlaps(rate)) {
                            problems.add(new LineProblem(line, "valid_from", "the " + rate.role() + " per-"
                                    + code(rate.unit()) + " rate for tier " + rate.tier() + " overlaps in time with "
                                    + "line " + earlier.line() + "; make the periods consecutive"));
                            rate = null;
                            break;
                        }
                    }
                }
                if (rate != null) {
                    rates.add(rate);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports malformed quoting and duplicate header names this way.
            problems.add(new LineProblem(0, "file", "not readable as CSV: " + e.getMessage()));
        }
        if (problems.isEmpty() && rates.isEmpty()) {
            problems.add(new LineProblem(2, "", "the file has a header but no rates"));
        }
        return problems.isEmpty() ? new Parsed(List.copyOf(rates), List.of()) : refused(problems);
    }

    private static MinimumRate rate(int line, List<String> header, CSVRecord record, LocalDate effectiveFrom,
            List<LineProblem> problems) {
        int before = problems.size();
        String role = value(header, record, "role");
        if (!role.matches(CODE)) {
            problems.add(new LineProblem(line, "role", role.isEmpty() ? "a role is required"
                    : "'" + role + "' is not a role code: lower-case letters, digits and hyphens (e.g. animator)"));
        }
        String kindText = value(header, record, "role_kind");
        Optional<RoleKind> kind = RoleKind.ofCode(kindText);
        if (kind.isEmpty()) {
            problems.add(new LineProblem(line, "role_kind", "'" + kindText + "' is not a role kind; use "
                    + "traditional or ai-era"));
        }
        String unitText = value(header, record, "unit");
        Optional<RateUnit> unit = Arrays.stream(RateUnit.values()).filter(u -> code(u).equals(unitText)).findFirst();
        if (unit.isEmpty()) {
            problems.add(new LineProblem(line, "unit", "'" + unitText + "' is not a unit; use hour, day, week or "
                    + "flat"));
        }
        String tier = value(header, record, "tier");
        if (!tier.matches(CODE)) {
            problems.add(new LineProblem(line, "tier", tier.isEmpty() ? "a budget tier is required (e.g. standard)"
                    : "'" + tier + "' is not a tier code: lower-case letters, digits and hyphens"));
        }
        String currency = value(header, record, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            problems.add(new LineProblem(line, "currency", "'" + currency + "' is not an ISO 4217 currency code "
                    + "(three capital letters, e.g. USD)"));
        }
        BigDecimal minimum = amount(line, value(header, record, "minimum"), problems);
        LocalDate from = date(line, "valid_from", value(header, record, "valid_from"), effectiveFrom, problems);
        LocalDate until = date(line, "valid_until", value(header, record, "valid_until"), null, problems);
        if (from != null && effectiveFrom != null && from.isBefore(effectiveFrom)) {
            problems.add(new LineProblem(line, "valid_from", from + " is before the version takes effect ("
                    + effectiveFrom + "); a version cannot change rates in force before it"));
        }
        if (from != null && until != null && until.isBefore(from)) {
            problems.add(new LineProblem(line, "valid_until", until + " is before valid_from " + from));
        }
        if (problems.size() > before || from == null) {
            return null;
        }
        return new MinimumRate(line, role, kind.get(), unit.get(), tier, new Money(minimum, currency), from, until);
    }

    private static BigDecimal amount(int line, String text, List<LineProblem> problems) {
        if (!text.matches("-?[0-9]+(\\.[0-9]+)?")) {
            problems.add(new LineProblem(line, "minimum", text.isEmpty() ? "a minimum amount is required"
                    : "'" + text + "' is not a decimal amount; write it like 52.00, without a currency sign"));
            return null;
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.signum() < 0) {
            problems.add(new LineProblem(line, "minimum", text + " is negative; a minimum rate is zero or more"));
            return null;
        }
        if (amount.scale() > 4 || amount.precision() - amount.scale() > 12) {
            problems.add(new LineProblem(line, "minimum", text + " has more than 12 digits before or 4 after the "
                    + "decimal point"));
            return null;
        }
        return amount;
    }

    private static LocalDate date(int line, String column, String text, LocalDate blank, List<LineProblem> problems) {
        if (text.isEmpty()) {
            return blank;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new LineProblem(line, column, "'" + text + "' is not a date; write YYYY-MM-DD"));
            return null;
        }
    }

    /** The line a record starts on; a quoted field may span lines, so counting records would drift. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineOf(long start) {
            for (; position < start && position < text.length(); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static String value(List<String> header, CSVRecord record, String column) {
        int index = header.indexOf(column);
        return index < 0 ? "" : record.get(index).trim();
    }

    /** A version's rates as CSV, in the columns {@link #read} takes, so an export imports again unchanged. */
    static String write(List<MinimumRate> rates) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (MinimumRate r : rates) {
                csv.printRecord(r.role(), r.kind().code(), code(r.unit()), r.tier(), r.minimum().currency(),
                        r.minimum().amount().toPlainString(), r.validFrom(),
                        r.validUntil() == null ? "" : r.validUntil());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String code(RateUnit unit) {
        return unit.name().toLowerCase(Locale.ROOT);
    }

    private static Parsed refused(LineProblem problem) {
        return refused(List.of(problem));
    }

    private static Parsed refused(List<LineProblem> problems) {
        return new Parsed(List.of(), List.copyOf(problems));
    }
}
