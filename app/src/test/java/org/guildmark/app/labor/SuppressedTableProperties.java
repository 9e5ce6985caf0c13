package org.guildmark.app.labor;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suppression of published counts: nothing under k is shown, and no hidden count can be worked out from what is
 * shown, checked by an attacker who solves every line (row, column, totals) with a single unknown, over and over.
 */
class SuppressedTableProperties {

    @Provide
    Arbitrary<long[][]> tables() {
        return Arbitraries.integers().between(1, 6).flatMap(rows -> Arbitraries.integers().between(1, 6)
                .flatMap(columns -> Arbitraries.frequencyOf(
                                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 0)),
                                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(1, 12)),
                                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(13, 60)))
                        .array(long[].class).ofSize(columns).array(long[][].class).ofSize(rows)));
    }

    @Property(tries = 1000)
    void no_published_count_is_under_k(@ForAll("tables") long[][] counts, @ForAll @IntRange(min = 2, max = 15) int k) {
        SuppressedTable t = SuppressedTable.of(counts, k);

        for (Item item : items(t)) {
            if (!item.hidden()) {
                assertThat(item.value()).as(item.toString()).satisfiesAnyOf(v -> assertThat(v).isZero(),
                        v -> assertThat(v).isGreaterThanOrEqualTo(k));
            }
        }
    }

    @Property(tries = 1000)
    void no_hidden_count_can_be_worked_out(@ForAll("tables") long[][] counts,
            @ForAll @IntRange(min = 2, max = 15) int k) {
        SuppressedTable t = SuppressedTable.of(counts, k);
        List<Item> items = items(t);
        boolean[] known = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            known[i] = !items.get(i).hidden();
        }
        List<int[]> lines = lines(t);
        boolean learned = true;
        while (learned) {
            learned = false;
            for (int[] line : lines) {
                int unknown = -1;
                int unknowns = 0;
                for (int i : line) {
                    if (!known[i]) {
                        unknowns++;
                        unknown = i;
                    }
                }
                // A line is members then its total: one unknown among them is found by addition or subtraction.
                if (unknowns == 1) {
                    known[unknown] = true;
                    learned = true;
                }
            }
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).hidden() && items.get(i).value() > 0) {
                assertThat(known[i]).as("%s can be worked out", items.get(i)).isFalse();
            }
        }
    }

    @Example
    void a_single_small_cell_takes_a_partner_with_it() {
        SuppressedTable t = SuppressedTable.of(new long[][] {{3, 20, 15}, {12, 30, 11}}, 10);

        assertThat(t.hidden(0, 0)).isTrue();
        // Row 0 and column 0 would give the 3 away: the smallest shown cell of each goes too.
        assertThat(t.hidden(0, 2)).isTrue();
        assertThat(t.hidden(1, 0)).isTrue();
        assertThat(t.hidden(1, 1)).isFalse();
        assertThat(t.grandTotalHidden()).isFalse();
    }

    @Example
    void a_row_with_one_count_hides_its_total() {
        SuppressedTable t = SuppressedTable.of(new long[][] {{4, 0}, {20, 30}, {25, 0}}, 10);

        assertThat(t.hidden(0, 0)).isTrue();
        assertThat(t.rowTotalHidden(0)).isTrue();
    }

    /** A cell or total, with whether it is hidden. */
    private record Item(String what, long value, boolean hidden) {
    }

    /** Cells row by row, then row totals, column totals, the grand total. */
    private static List<Item> items(SuppressedTable t) {
        List<Item> items = new ArrayList<>();
        for (int r = 0; r < t.rows(); r++) {
            for (int c = 0; c < t.columns(); c++) {
                items.add(new Item("cell " + r + "," + c, t.count(r, c), t.hidden(r, c)));
            }
        }
        for (int r = 0; r < t.rows(); r++) {
            items.add(new Item("row total " + r, t.rowTotal(r), t.rowTotalHidden(r)));
        }
        for (int c = 0; c < t.columns(); c++) {
            items.add(new Item("column total " + c, t.columnTotal(c), t.columnTotalHidden(c)));
        }
        items.add(new Item("grand total", t.grandTotal(), t.grandTotalHidden()));
        return items;
    }

    /** Each equation of the table as item indexes: its members, then its total. */
    private static List<int[]> lines(SuppressedTable t) {
        int rows = t.rows();
        int columns = t.columns();
        int rowTotals = rows * columns;
        int columnTotals = rowTotals + rows;
        int grand = columnTotals + columns;
        List<int[]> lines = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int[] line = new int[columns + 1];
            for (int c = 0; c < columns; c++) {
                line[c] = r * columns + c;
            }
            line[columns] = rowTotals + r;
            lines.add(line);
        }
        for (int c = 0; c < columns; c++) {
            int[] line = new int[rows + 1];
            for (int r = 0; r < rows; r++) {
                line[r] = r * columns + c;
            }
            line[rows] = columnTotals + c;
            lines.add(line);
        }
        int[] byRow = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
            byRow[r] = rowTotals + r;
        }
        byRow[rows] = grand;
        lines.add(byRow);
        int[] byColumn = new int[columns + 1];
        for (int c = 0; c < columns; c++) {
            byColumn[c] = columnTotals + c;
        }
        byColumn[columns] = grand;
        lines.add(byColumn);
        return lines;
    }
}
