package org.guildmark.app.labor;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of counts (rows × columns) with its row, column and grand totals, made safe to publish: no cell under
 * the minimum count {@code k} is shown (primary suppression), and further cells or totals are hidden so that no
 * hidden cell can be worked out from what is shown (complementary suppression).
 *
 * <p>Each row, each column, the row totals and the column totals is a <i>line</i>: members that add up to a total.
 * A line that hides exactly one of its items (a member or the total) gives it away by addition or subtraction, so
 * until no such line is left, each one hides one more item: the smallest shown one that is not zero (hiding the
 * least information). Empty cells (count 0) are shown: nobody is counted in them, and hiding them would protect
 * nobody. The result is that every line hides none or at least two of its items, so no equation of the table has
 * a single unknown.
 */
final class SuppressedTable {

    private final long[][] counts;
    private final boolean[][] hidden;
    private final boolean[] rowTotalHidden;
    private final boolean[] columnTotalHidden;
    private boolean grandTotalHidden;
    private final int k;

    private SuppressedTable(long[][] counts, int k) {
        this.counts = counts;
        this.k = k;
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        hidden = new boolean[rows][columns];
        rowTotalHidden = new boolean[rows];
        columnTotalHidden = new boolean[columns];
    }

    /** Suppresses {@code counts} (rectangular, non-negative) for threshold {@code k} (at least 1). */
    static SuppressedTable of(long[][] counts, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k is at least 1, was " + k);
        }
        SuppressedTable t = new SuppressedTable(counts, k);
        t.suppress();
        return t;
    }

    int rows() {
        return counts.length;
    }

    int columns() {
        return counts.length == 0 ? 0 : counts[0].length;
    }

    boolean hidden(int row, int column) {
        return hidden[row][column];
    }

    boolean rowTotalHidden(int row) {
        return rowTotalHidden[row];
    }

    boolean columnTotalHidden(int column) {
        return columnTotalHidden[column];
    }

    boolean grandTotalHidden() {
        return grandTotalHidden;
    }

    long count(int row, int column) {
        return counts[row][column];
    }

    long rowTotal(int row) {
        long sum = 0;
        for (long c : counts[row]) {
            sum += c;
        }
        return sum;
    }

    long columnTotal(int column) {
        long sum = 0;
        for (long[] row : counts) {
            sum += row[column];
        }
        return sum;
    }

    long grandTotal() {
        long sum = 0;
        for (int r = 0; r < rows(); r++) {
            sum += rowTotal(r);
        }
        return sum;
    }

    /** A line: its members (each a cell or a total) and the total they add up to. */
    private record Member(Kind kind, int row, int column) {
    }

    private enum Kind { CELL, ROW_TOTAL, COLUMN_TOTAL, GRAND_TOTAL }

    private record Line(List<Member> members, Member total) {
    }

    private void suppress() {
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns(); c++) {
                hidden[r][c] = counts[r][c] > 0 && counts[r][c] < k;
            }
        }
        // Totals under k are cells too: a row total of 3 says three people are in that row.
        for (int r = 0; r < rows(); r++) {
            long total = rowTotal(r);
            rowTotalHidden[r] = total > 0 && total < k;
        }
        for (int c = 0; c < columns(); c++) {
            long total = columnTotal(c);
            columnTotalHidden[c] = total > 0 && total < k;
        }
        long grand = grandTotal();
        grandTotalHidden = grand > 0 && grand < k;
        List<Line> lines = lines();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line line : lines) {
                // The line's equation is its members minus its total: one hidden item in it, member or total, is
                // found by the others, so hide the smallest shown item that is not zero (there is always one:
                // the hidden item is not zero, so another item of the equation is not either).
                List<Member> items = new ArrayList<>(line.members());
                items.add(line.total());
                if (items.stream().filter(this::isHidden).count() != 1) {
                    continue;
                }
                Member partner = null;
                for (Member m : items) {
                    if (!isHidden(m) && value(m) > 0 && (partner == null || value(m) < value(partner))) {
                        partner = m;
                    }
                }
                hide(partner);
                changed = true;
            }
        }
    }

    private List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (int r = 0; r < rows(); r++) {
            List<Member> members = new ArrayList<>();
            for (int c = 0; c < columns(); c++) {
                members.add(new Member(Kind.CELL, r, c));
            }
            lines.add(new Line(members, new Member(Kind.ROW_TOTAL, r, -1)));
        }
        for (int c = 0; c < columns(); c++) {
            List<Member> members = new ArrayList<>();
            for (int r = 0; r < rows(); r++) {
                members.add(new Member(Kind.CELL, r, c));
            }
            lines.add(new Line(members, new Member(Kind.COLUMN_TOTAL, -1, c)));
        }
        List<Member> rowTotals = new ArrayList<>();
        for (int r = 0; r < rows(); r++) {
            rowTotals.add(new Member(Kind.ROW_TOTAL, r, -1));
        }
        List<Member> columnTotals = new ArrayList<>();
        for (int c = 0; c < columns(); c++) {
            columnTotals.add(new Member(Kind.COLUMN_TOTAL, -1, c));
        }
        Member grand = new Member(Kind.GRAND_TOTAL, -1, -1);
        lines.add(new Line(rowTotals, grand));
        lines.add(new Line(columnTotals, grand));
        return lines;
    }

    private boolean isHidden(Member m) {
        return switch (m.kind()) {
            case CELL -> hidden[m.row()][m.column()];
            case ROW_TOTAL -> rowTotalHidden[m.row()];
            case COLUMN_TOTAL -> columnTotalHidden[m.column()];
            case GRAND_TOTAL -> grandTotalHidden;
        };
    }

    private long value(Member m) {
        return switch (m.kind()) {
            case CELL -> counts[m.row()][m.column()];
            case ROW_TOTAL -> rowTotal(m.row());
            case COLUMN_TOTAL -> columnTotal(m.column());
            case GRAND_TOTAL -> grandTotal();
        };
    }

    private void hide(Member m) {
        switch (m.kind()) {
            case CELL -> hidden[m.row()][m.column()] = true;
            case ROW_TOTAL -> rowTotalHidden[m.row()] = true;
            case COLUMN_TOTAL -> columnTotalHidden[m.column()] = true;
            case GRAND_TOTAL -> grandTotalHidden = true;
        }
    }
}
