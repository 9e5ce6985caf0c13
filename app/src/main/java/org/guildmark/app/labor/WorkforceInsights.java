package org.guildmark.app.labor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Workforce insights for union researchers (IATSE principle 2): AI adoption by department and craft, displacement
 * by role and Local, support offered and delivered, trends by quarter, and a ranking of the crafts most at risk.
 * Private by construction: every count goes through {@link SuppressedTable} with the threshold {@code k}
 * ({@code guildmark.insights.k}, default 10) before it leaves this class, and no production, person or worker is
 * named.
 */
@Service
public class WorkforceInsights {

    static final String NO_LOCAL = "no Local given";

    private final Displacements displacements;
    private final RevenueStore revenue;
    private final int k;

    WorkforceInsights(Displacements displacements, RevenueStore revenue,
            @Value("${guildmark.insights.k:10}") int k) {
        if (k < 2) {
            throw new IllegalArgumentException("guildmark.insights.k is at least 2, was " + k);
        }
        this.displacements = displacements;
        this.revenue = revenue;
        this.k = k;
    }

    /** A department's or craft's adoption: its count, the AI part, the AI share; each null when suppressed. */
    public record Adoption(String name, Long total, Long withAi, Double aiShare) {
    }

    /** A craft ranked by risk, with its score parts (shares, never counts, which could be worked back). */
    public record AtRisk(int rank, String craft, double displacementRate, double aiShare, double score) {
    }

    public record Insights(int k, List<InsightTable> tables, List<Adoption> departments, List<Adoption> crafts,
            List<AtRisk> atRisk, int craftsTooFewToRank) {
    }

    public int k() {
        return k;
    }

    public Insights insights() {
        LocalDate today = displacements.today();
        List<Displacement> all = displacements.all();
        List<InsightTable> tables = new ArrayList<>();
        tables.add(table("displacement-by-role-and-local", "Workers displaced, by role and Local", "Role", "Local",
                all, Displacement::role, d -> d.unionLocal() == null ? NO_LOCAL : d.unionLocal(),
                Displacement::workers));
        tables.add(supportTable(all));
        tables.add(trendTable(all));
        List<Adoption> departments = adoption(revenue.latestAdoption(false), true);
        List<Adoption> crafts = adoption(revenue.latestAdoption(true), false);
        List<AtRisk> ranking = new ArrayList<>();
        int tooFew = atRisk(all, revenue.latestAdoption(true), today, ranking);
        return new Insights(k, tables, departments, crafts, ranking, tooFew);
    }

    private <T> InsightTable table(String name, String title, String rowHeading, String columnHeading, List<T> items,
            Function<T, String> row, Function<T, String> column, Function<T, Integer> count) {
        TreeSet<String> rows = new TreeSet<>();
        TreeSet<String> columns = new TreeSet<>();
        for (T item : items) {
            rows.add(row.apply(item));
            columns.add(column.apply(item));
        }
        List<String> r = List.copyOf(rows);
        List<String> c = List.copyOf(columns);
        long[][] counts = new long[r.size()][c.size()];
        for (T item : items) {
            counts[r.indexOf(row.apply(item))][c.indexOf(column.apply(item))] += count.apply(item);
        }
        return InsightTable.of(name, title, rowHeading, columnHeading, r, c, SuppressedTable.of(counts, k));
    }

    /** Workers covered by support promised and by support delivered, by kind (two columns, no grand sum). */
    private InsightTable supportTable(List<Displacement> all) {
        record Item(String kind, String state, int workers) {
        }
        List<Item> items = new ArrayList<>();
        for (Displacement d : all) {
            for (Displacement.Support s : d.support()) {
                items.add(new Item(s.kind().code(), "promised", s.workers()));
                if (s.delivered()) {
                    items.add(new Item(s.kind().code(), "delivered", s.workers()));
                }
            }
        }
        return table("support-promised-and-delivered", "Workers covered by support, promised and delivered",
                "Support", "State", items, Item::kind, Item::state, Item::workers).withoutRowTotals();
    }

    /** Workers displaced per quarter, and covered by support promised per quarter of its due date. */
    private InsightTable trendTable(List<Displacement> all) {
        record Item(String quarter, String what, int workers) {
        }
        List<Item> items = new ArrayList<>();
        for (Displacement d : all) {
            items.add(new Item(quarter(d.displacedOn()), "displaced", d.workers()));
            for (Displacement.Support s : d.support()) {
                if (s.delivered()) {
                    items.add(new Item(quarter(s.delivery().deliveredOn()), "supported", s.workers()));
                }
            }
        }
        return table("trend-by-quarter", "Workers displaced, and covered by delivered support, by quarter",
                "Quarter", "Measure", items, Item::quarter, Item::what, Item::workers).withoutRowTotals();
    }

    static String quarter(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * Departments: productions with the department (published from k), those where AI touched it, and the AI share
     * of its delivered assets (published with the production count). Crafts: people credited, those on AI-touched
     * assets, the share.
     */
    private List<Adoption> adoption(List<RevenueStore.AdoptionRow> rows, boolean byProduction) {
        Map<String, long[]> sums = new TreeMap<>();
        for (RevenueStore.AdoptionRow row : rows) {
            long[] s = sums.computeIfAbsent(row.name(), n -> new long[4]);
            if (byProduction) {
                s[0]++;
                s[1] += row.ai() > 0 ? 1 : 0;
            } else {
                s[0] += row.total();
                s[1] += row.ai();
            }
            s[2] += row.total();
            s[3] += row.ai();
        }
        List<Adoption> adoption = new ArrayList<>();
        sums.forEach((name, s) -> {
            boolean shown = s[0] >= k;
            adoption.add(new Adoption(name, shown ? s[0] : null, shown && (s[1] == 0 || s[1] >= k) ? s[1] : null,
                    shown && s[2] > 0 ? (double) s[3] / s[2] : null));
        });
        return adoption;
    }

    /**
     * The at-risk ranking: for each craft with at least k workers displaced in the last four quarters and at least
     * k people credited, its displacement rate (displaced ÷ (displaced + credited)) and its AI share (credited people
     * on AI-touched assets ÷ credited), scored 0.7 × rate + 0.3 × share. Crafts with fewer are counted, not named.
     */
    private int atRisk(List<Displacement> all, List<RevenueStore.AdoptionRow> crafts, LocalDate today,
            List<AtRisk> ranking) {
        LocalDate since = today.minusYears(1);
        Map<String, Long> displaced = new HashMap<>();
        for (Displacement d : all) {
            if (!d.displacedOn().isBefore(since)) {
                displaced.merge(d.role(), (long) d.workers(), Long::sum);
            }
        }
        Map<String, long[]> credited = new HashMap<>();
        for (RevenueStore.AdoptionRow row : crafts) {
            long[] c = credited.computeIfAbsent(row.name(), n -> new long[2]);
            c[0] += row.total();
            c[1] += row.ai();
        }
        TreeSet<String> names = new TreeSet<>(displaced.keySet());
        names.addAll(credited.keySet());
        record Scored(String craft, double rate, double share, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        int tooFew = 0;
        for (String craft : names) {
            long d = displaced.getOrDefault(craft, 0L);
            long[] c = credited.getOrDefault(craft, new long[2]);
            if (d < k || c[0] < k) {
                tooFew++;
                continue;
            }
            double rate = (double) d / (d + c[0]);
            double share = (double) c[1] / c[0];
            scored.add(new Scored(craft, rate, share, 0.7 * rate + 0.3 * share));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::craft));
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            ranking.add(new AtRisk(i + 1, s.craft(), s.rate(), s.share(), s.score()));
        }
        return tooFew;
    }
}
