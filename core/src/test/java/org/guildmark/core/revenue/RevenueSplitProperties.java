package org.guildmark.core.revenue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** The arithmetic of the largest-remainder split, for any pool and any percents that add up to 100. */
class RevenueSplitProperties {

    record Case(BigDecimal revenue, String currency, BigDecimal poolPercent, List<RevenueSplit.Participant> people) {
    }

    @Provide
    Arbitrary<Case> splits() {
        Arbitrary<String> currency = Arbitraries.of("USD", "EUR", "JPY", "BHD", "GBP");
        Arbitrary<Long> minorUnits = Arbitraries.longs().between(0, 10_000_000_000L);
        Arbitrary<Integer> poolTenths = Arbitraries.integers().between(0, 1000);
        Arbitrary<List<Integer>> weights = Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(12)
                .filter(w -> w.stream().mapToInt(Integer::intValue).sum() > 0);
        return Combinators.combine(currency, minorUnits, poolTenths, weights).as((cur, units, tenths, w) -> {
            int digits = RevenueSplit.minorDigits(cur);
            return new Case(BigDecimal.valueOf(units, digits), cur, BigDecimal.valueOf(tenths, 1), percents(w));
        });
    }

    /** Percents with up to four decimals that add up to exactly 100: the last takes what the others leave. */
    private static List<RevenueSplit.Participant> percents(List<Integer> weights) {
        int sum = weights.stream().mapToInt(Integer::intValue).sum();
        List<RevenueSplit.Participant> people = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < weights.size() - 1; i++) {
            BigDecimal p = BigDecimal.valueOf(weights.get(i) * 1_000_000L / sum, 4);
            people.add(new RevenueSplit.Participant("p" + i, p));
            given = given.add(p);
        }
        people.add(new RevenueSplit.Participant("p" + (weights.size() - 1), BigDecimal.valueOf(100).subtract(given)));
        return people;
    }

    @Property
    void the_amounts_add_up_to_the_pool_exactly(@ForAll("splits") Case c) {
        RevenueSplit.Statement s = RevenueSplit.divide(c.revenue(), c.currency(), c.poolPercent(), c.people());

        BigDecimal paid = s.shares().stream().map(RevenueSplit.Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(paid).isEqualByComparingTo(s.pool());
    }

    @Property
    void each_amount_is_its_exact_share_rounded_down_or_up_by_less_than_one_minor_unit(@ForAll("splits") Case c) {
        RevenueSplit.Statement s = RevenueSplit.divide(c.revenue(), c.currency(), c.poolPercent(), c.people());
        BigDecimal unit = BigDecimal.ONE.movePointLeft(RevenueSplit.minorDigits(c.currency()));

        for (RevenueSplit.Share share : s.shares()) {
            assertThat(share.amount().subtract(share.exact()).abs()).isLessThan(unit);
            assertThat(share.amount().scale()).isEqualTo(RevenueSplit.minorDigits(c.currency()));
        }
    }

    @Property
    void a_larger_percent_is_never_paid_less(@ForAll("splits") Case c) {
        RevenueSplit.Statement s = RevenueSplit.divide(c.revenue(), c.currency(), c.poolPercent(), c.people());

        for (RevenueSplit.Share a : s.shares()) {
            for (RevenueSplit.Share b : s.shares()) {
                if (a.percent().compareTo(b.percent()) > 0) {
                    assertThat(a.amount()).isGreaterThanOrEqualTo(b.amount());
                }
            }
        }
    }

    @Property
    void the_same_input_always_pays_the_same(@ForAll("splits") Case c) {
        assertThat(RevenueSplit.divide(c.revenue(), c.currency(), c.poolPercent(), c.people()))
                .isEqualTo(RevenueSplit.divide(c.revenue(), c.currency(), c.poolPercent(), c.people()));
    }
}
