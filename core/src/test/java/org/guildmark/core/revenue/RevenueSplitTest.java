package org.guildmark.core.revenue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevenueSplitTest {

    private static RevenueSplit.Participant p(String who, String percent) {
        return new RevenueSplit.Participant(who, new BigDecimal(percent));
    }

    @Test
    void a_cent_left_over_goes_to_the_largest_remainder() {
        // Pool 10.00 among thirds: 3.333… each; one cent is left and goes to the first listed (equal remainders,
        // equal percents, so list order decides).
        RevenueSplit.Statement s = RevenueSplit.divide(new BigDecimal("200.00"), "USD", new BigDecimal("5"),
                List.of(p("a", "33.3333"), p("b", "33.3333"), p("c", "33.3334")));

        assertThat(s.pool()).isEqualByComparingTo("10.00");
        assertThat(s.shares()).extracting(RevenueSplit.Share::amount).containsExactly(new BigDecimal("3.33"),
                new BigDecimal("3.33"), new BigDecimal("3.34"));
    }

    @Test
    void ties_go_to_the_larger_percent_then_to_the_order_listed() {
        RevenueSplit.Statement s = RevenueSplit.divide(new BigDecimal("1"), "JPY", new BigDecimal("100"),
                List.of(p("a", "25"), p("b", "25"), p("c", "50")));

        // ¥1: exact 0.25, 0.25, 0.5: the largest remainder (c) gets the yen.
        assertThat(s.shares()).extracting(RevenueSplit.Share::amount).containsExactly(new BigDecimal("0"),
                new BigDecimal("0"), new BigDecimal("1"));
        RevenueSplit.Statement tie = RevenueSplit.divide(new BigDecimal("0.01"), "USD", new BigDecimal("100"),
                List.of(p("a", "50"), p("b", "50")));
        assertThat(tie.shares()).extracting(RevenueSplit.Share::amount).containsExactly(new BigDecimal("0.01"),
                new BigDecimal("0.00"));
    }

    @Test
    void the_pool_is_rounded_half_even_to_the_minor_unit() {
        assertThat(RevenueSplit.divide(new BigDecimal("0.50"), "USD", new BigDecimal("5"), List.of(p("a", "100")))
                .pool()).isEqualByComparingTo("0.02"); // 0.025 → 0.02
        assertThat(RevenueSplit.divide(new BigDecimal("0.70"), "USD", new BigDecimal("5"), List.of(p("a", "100")))
                .pool()).isEqualByComparingTo("0.04"); // 0.035 → 0.04
    }

    @Test
    void percents_not_adding_to_100_negative_amounts_and_unknown_currencies_are_refused_with_where() {
        assertThatThrownBy(() -> RevenueSplit.divide(BigDecimal.TEN, "USD", BigDecimal.ONE,
                List.of(p("a", "60"), p("b", "30"))))
                .isInstanceOfSatisfying(RevenueSplit.InvalidSplit.class, e -> {
                    assertThat(e.where()).isEqualTo("participants");
                    assertThat(e.getMessage()).contains("add up to 90");
                });
        assertThatThrownBy(() -> RevenueSplit.divide(new BigDecimal("-1"), "USD", BigDecimal.ONE,
                List.of(p("a", "100"))))
                .isInstanceOfSatisfying(RevenueSplit.InvalidSplit.class, e -> assertThat(e.where()).isEqualTo("revenue"));
        assertThatThrownBy(() -> RevenueSplit.divide(BigDecimal.TEN, "XYZ1", BigDecimal.ONE, List.of(p("a", "100"))))
                .isInstanceOfSatisfying(RevenueSplit.InvalidSplit.class, e -> assertThat(e.where()).isEqualTo("currency"));
        assertThatThrownBy(() -> RevenueSplit.divide(new BigDecimal("1.001"), "USD", BigDecimal.ONE,
                List.of(p("a", "100"))))
                .isInstanceOfSatisfying(RevenueSplit.InvalidSplit.class,
                        e -> assertThat(e.getMessage()).contains("more decimals"));
        assertThatThrownBy(() -> RevenueSplit.divide(BigDecimal.TEN, "USD", BigDecimal.ONE,
                List.of(p("a", "-10"), p("b", "110"))))
                .isInstanceOfSatisfying(RevenueSplit.InvalidSplit.class,
                        e -> assertThat(e.where()).isEqualTo("participants[0].percent"));
    }
}
