package org.guildmark.app.labor;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.guildmark.core.dossier.Enums.RateUnit;
import org.guildmark.core.dossier.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a schedule version from CSV: every bad line reported with its number, nothing half-read. */
class RateCsvTests {

    private static final LocalDate FROM = LocalDate.parse("2026-01-01");
    private static final String HEADER = "role,role_kind,unit,tier,currency,minimum,valid_from,valid_until\n";

    private static RateCsv.Parsed read(String text) {
        return RateCsv.read(text.getBytes(StandardCharsets.UTF_8), FROM);
    }

    @Test
    void a_good_file_gives_every_rate_with_its_line() {
        RateCsv.Parsed parsed = read(HEADER
                + "animator,traditional,hour,standard,USD,52.00,,2026-06-30\n"
                + "animator,traditional,hour,standard,USD,54.00,2026-07-01,\n"
                + "prompter,ai-era,day,low-budget,EUR,300,2026-02-01,\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rates()).containsExactly(
                new MinimumRate(2, "animator", RoleKind.TRADITIONAL, RateUnit.HOUR, "standard",
                        Money.of("52.00", "USD"), FROM, LocalDate.parse("2026-06-30")),
                new MinimumRate(3, "animator", RoleKind.TRADITIONAL, RateUnit.HOUR, "standard",
                        Money.of("54.00", "USD"), LocalDate.parse("2026-07-01"), null),
                new MinimumRate(4, "prompter", RoleKind.AI_ERA, RateUnit.DAY, "low-budget",
                        Money.of("300", "EUR"), LocalDate.parse("2026-02-01"), null));
    }

    @Test
    void every_bad_line_is_reported_and_no_rate_is_returned() {
        RateCsv.Parsed parsed = read(HEADER
                + "animator,traditional,hour,standard,USD,52.00,,\n"
                + "editor,traditional,hour,standard,USD,-5,,\n"
                + "writer,traditional,month,standard,USD,abc,,\n"
                + "animator,traditional,hour,standard,USD,60.00,2026-03-01,\n"
                + "colorist,robot,hour,standard,usd,10,2025-12-31,\n");

        assertThat(parsed.rates()).isEmpty();
        assertThat(parsed.problems()).extracting(LineProblem::line, LineProblem::where).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "minimum"),
                org.assertj.core.groups.Tuple.tuple(4, "unit"),
                org.assertj.core.groups.Tuple.tuple(4, "minimum"),
                org.assertj.core.groups.Tuple.tuple(5, "valid_from"),
                org.assertj.core.groups.Tuple.tuple(6, "role_kind"),
                org.assertj.core.groups.Tuple.tuple(6, "currency"),
                org.assertj.core.groups.Tuple.tuple(6, "valid_from"));
        assertThat(parsed.problems().get(0).detail()).contains("negative");
        assertThat(parsed.problems().get(2).detail()).contains("not a decimal amount");
        assertThat(parsed.problems().get(3).detail()).contains("overlaps in time with line 2");
    }

    @Test
    void the_same_role_and_unit_may_differ_by_tier_without_overlapping() {
        RateCsv.Parsed parsed = read(HEADER
                + "animator,traditional,hour,standard,USD,52.00,,\n"
                + "animator,traditional,hour,low-budget,USD,45.00,,\n"
                + "animator,traditional,day,standard,USD,400.00,,\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rates()).hasSize(3);
    }

    @Test
    void a_quoted_field_over_two_lines_keeps_later_line_numbers_right() {
        RateCsv.Parsed parsed = read("role,role_kind,unit,tier,currency,minimum,valid_from,valid_until\n"
                + "\"anim\nator\",traditional,hour,standard,USD,1,,\n"
                + "editor,traditional,hour,standard,USD,x,,\n");

        assertThat(parsed.problems()).extracting(LineProblem::line).containsExactly(2, 4);
    }

    @Test
    void headers_unknown_or_missing_columns_and_empty_files_are_refused() {
        assertThat(read("role,unit,amount\nanimator,hour,5\n").problems()).extracting(LineProblem::where)
                .contains("amount", "role_kind", "tier", "currency", "minimum", "valid_from");
        assertThat(read("").problems()).singleElement().extracting(LineProblem::detail).asString()
                .contains("empty");
        assertThat(read(HEADER).problems()).singleElement().extracting(LineProblem::detail).asString()
                .contains("no rates");
        assertThat(read(HEADER + "animator,traditional,hour\n").problems()).singleElement()
                .extracting(LineProblem::detail).asString().contains("has 3 fields");
        assertThat(RateCsv.read(new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}, FROM).problems()).singleElement()
                .extracting(LineProblem::detail).asString().contains("UTF-8");
    }

    @Property(tries = 200)
    void an_export_imports_again_unchanged(@ForAll("schedules") List<MinimumRate> rates) {
        RateCsv.Parsed again = RateCsv.read(RateCsv.write(rates).getBytes(StandardCharsets.UTF_8), FROM);

        assertThat(again.problems()).isEmpty();
        assertThat(again.rates()).extracting(MinimumRate::role, MinimumRate::kind, MinimumRate::unit,
                        MinimumRate::tier, MinimumRate::minimum, MinimumRate::validFrom, MinimumRate::validUntil)
                .containsExactlyElementsOf(rates.stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.role(),
                        r.kind(), r.unit(), r.tier(), r.minimum(), r.validFrom(), r.validUntil())).toList());
    }

    /** Distinct roles, so no two rates overlap; amounts with up to four decimals. */
    @Provide
    Arbitrary<List<MinimumRate>> schedules() {
        Arbitrary<MinimumRate> rate = Combinators.combine(
                Arbitraries.of(RoleKind.values()), Arbitraries.of(RateUnit.values()),
                Arbitraries.of("standard", "low-budget", "tier-2"), Arbitraries.of("USD", "EUR", "JPY"),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999999")).ofScale(2),
                Arbitraries.integers().between(0, 400), Arbitraries.integers().between(-1, 400))
                .as((kind, unit, tier, currency, amount, start, length) -> new MinimumRate(0, "role", kind, unit,
                        tier, new Money(amount, currency), FROM.plusDays(start),
                        length < 0 ? null : FROM.plusDays(start + length)));
        return rate.list().ofMinSize(1).ofMaxSize(20).map(list -> {
            List<MinimumRate> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                MinimumRate r = list.get(i);
                named.add(new MinimumRate(i + 2, "role-" + i, r.kind(), r.unit(), r.tier(), r.minimum(),
                        r.validFrom(), r.validUntil()));
            }
            return named;
        });
    }
}
