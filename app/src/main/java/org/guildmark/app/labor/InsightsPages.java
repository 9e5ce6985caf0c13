package org.guildmark.app.labor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The researchers' workforce insights page: tables and server-rendered SVG charts of the same figures. */
@Controller
class InsightsPages {

    static final String PATH = "/insights";

    private final WorkforceInsights insights;

    InsightsPages(WorkforceInsights insights) {
        this.insights = insights;
    }

    /** A chart and its figures' table name, for the page. */
    record Chart(String id, String title, String svg) {
    }

    @GetMapping(PATH)
    String page(Model model) {
        WorkforceInsights.Insights figures = insights.insights();
        List<Chart> charts = new ArrayList<>();
        InsightTable displacement = figures.tables().get(0);
        charts.add(chart("by-local", "Workers displaced by Local", displacement.columns(),
                displacement.columnTotals()));
        charts.add(chart("by-role", "Workers displaced by role", displacement.rows(), displacement.rowTotals()));
        InsightTable support = figures.tables().get(1);
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (int r = 0; r < support.rows().size(); r++) {
            for (int c = 0; c < support.columns().size(); c++) {
                labels.add(support.rows().get(r) + ", " + support.columns().get(c));
                values.add(support.cells().get(r).get(c));
            }
        }
        charts.add(chart("support", "Workers covered by support, promised and delivered", labels, values));
        InsightTable trend = figures.tables().get(2);
        int displaced = trend.columns().indexOf("displaced");
        if (displaced >= 0) {
            charts.add(chart("trend", "Workers displaced by quarter", trend.rows(),
                    trend.cells().stream().map(row -> row.get(displaced)).toList()));
        }
        charts.add(new Chart("adoption", "Share of delivered assets AI touched, by department",
                SvgBarChart.render("adoption", "Share of delivered assets AI touched, by department",
                        figures.departments().stream().map(a -> new SvgBarChart.Bar(a.name(), a.aiShare())).toList(),
                        true)));
        model.addAttribute("insights", figures);
        model.addAttribute("charts", charts);
        return "labor/insights";
    }

    private static Chart chart(String id, String title, List<String> labels, List<Long> values) {
        List<SvgBarChart.Bar> bars = IntStream.range(0, labels.size()).mapToObj(i -> new SvgBarChart.Bar(
                labels.get(i), values.get(i) == null ? null : values.get(i).doubleValue())).toList();
        return new Chart(id, title, SvgBarChart.render(id, title, bars, false));
    }
}
