package org.guildmark.app.labor;

import java.util.ArrayList;
import java.util.List;

/**
 * A published table of counts: row and column labels, each cell and total as a count or null where it is
 * suppressed. Built only from a {@link SuppressedTable}, so nothing under the threshold can be put in one.
 * {@code rowTotalsPublished} is false where a row's cells do not add up to anything meaningful (promised and
 * delivered); then row totals and the grand total are left out.
 */
public record InsightTable(String name, String title, String rowHeading, String columnHeading, List<String> rows,
        List<String> columns, List<List<Long>> cells, List<Long> rowTotals, List<Long> columnTotals, Long total,
        boolean rowTotalsPublished) {

    static InsightTable of(String name, String title, String rowHeading, String columnHeading, List<String> rows,
            List<String> columns, SuppressedTable t) {
        List<List<Long>> cells = new ArrayList<>();
        List<Long> rowTotals = new ArrayList<>();
        for (int r = 0; r < t.rows(); r++) {
            List<Long> row = new ArrayList<>();
            for (int c = 0; c < t.columns(); c++) {
                row.add(t.hidden(r, c) ? null : t.count(r, c));
            }
            cells.add(java.util.Collections.unmodifiableList(row));
            rowTotals.add(t.rowTotalHidden(r) ? null : t.rowTotal(r));
        }
        List<Long> columnTotals = new ArrayList<>();
        for (int c = 0; c < t.columns(); c++) {
            columnTotals.add(t.columnTotalHidden(c) ? null : t.columnTotal(c));
        }
        return new InsightTable(name, title, rowHeading, columnHeading, List.copyOf(rows), List.copyOf(columns),
                java.util.Collections.unmodifiableList(cells), java.util.Collections.unmodifiableList(rowTotals),
                java.util.Collections.unmodifiableList(columnTotals), t.grandTotalHidden() ? null : t.grandTotal(),
                true);
    }

    /** The same table without its row totals and grand total, for tables whose columns do not add up. */
    InsightTable withoutRowTotals() {
        return new InsightTable(name, title, rowHeading, columnHeading, rows, columns, cells,
                java.util.Collections.unmodifiableList(java.util.Collections.nCopies(rows.size(), (Long) null)),
                columnTotals, null, false);
    }

    /** The same table with Laplace noise on every published count; suppressed cells stay suppressed. */
    InsightTable noised(LaplaceNoise noise) {
        List<List<Long>> noisyCells = cells.stream().map(row -> java.util.Collections.unmodifiableList(
                row.stream().map(v -> v == null ? null : noise.noisy(v)).toList())).toList();
        return new InsightTable(name, title, rowHeading, columnHeading, rows, columns, noisyCells,
                noisy(rowTotals, noise), noisy(columnTotals, noise), total == null ? null : noise.noisy(total),
                rowTotalsPublished);
    }

    private static List<Long> noisy(List<Long> values, LaplaceNoise noise) {
        return java.util.Collections.unmodifiableList(values.stream()
                .map(v -> v == null ? null : noise.noisy(v)).toList());
    }
}
