package org.guildmark.app.labor;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The insights as CSV and JSON, optionally with differential-privacy noise ({@code ?epsilon=}, Laplace, on every
 * published count; suppression is decided on the true counts first, so the noise never reveals a hidden cell).
 */
@RestController
class InsightsExports {

    private final WorkforceInsights insights;
    private final SecureRandom random = new SecureRandom();

    InsightsExports(WorkforceInsights insights) {
        this.insights = insights;
    }

    /** The export: k, the noise used (null for none), the count tables, the adoption and the ranking. */
    record Export(int k, Double epsilon, List<InsightTable> tables, List<WorkforceInsights.Adoption> departments,
                  List<WorkforceInsights.Adoption> crafts, List<WorkforceInsights.AtRisk> atRisk) {
    }

    @GetMapping(value = InsightsPages.PATH + ".json", produces = MediaType.APPLICATION_JSON_VALUE)
    Export json(@RequestParam(required = false) Double epsilon) {
        return export(epsilon);
    }

    @GetMapping(InsightsPages.PATH + ".csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Double epsilon) {
        Export e = export(epsilon);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("table", "row", "column", "value", "suppressed").get())) {
            for (InsightTable t : e.tables()) {
                for (int r = 0; r < t.rows().size(); r++) {
                    for (int c = 0; c < t.columns().size(); c++) {
                        print(csv, t.name(), t.rows().get(r), t.columns().get(c), t.cells().get(r).get(c));
                    }
                    if (t.rowTotalsPublished()) {
                        print(csv, t.name(), t.rows().get(r), "total", t.rowTotals().get(r));
                    }
                }
                for (int c = 0; c < t.columns().size(); c++) {
                    print(csv, t.name(), "total", t.columns().get(c), t.columnTotals().get(c));
                }
                if (t.rowTotalsPublished()) {
                    print(csv, t.name(), "total", "total", t.total());
                }
            }
            for (WorkforceInsights.Adoption a : e.departments()) {
                print(csv, "adoption-by-department", a.name(), "productions", a.total());
                print(csv, "adoption-by-department", a.name(), "productions-with-ai", a.withAi());
                csv.printRecord("adoption-by-department", a.name(), "ai-share-of-assets",
                        a.aiShare() == null ? "" : a.aiShare(), a.aiShare() == null);
            }
            for (WorkforceInsights.Adoption a : e.crafts()) {
                print(csv, "adoption-by-craft", a.name(), "people", a.total());
                print(csv, "adoption-by-craft", a.name(), "people-with-ai", a.withAi());
            }
            for (WorkforceInsights.AtRisk a : e.atRisk()) {
                csv.printRecord("at-risk", a.craft(), "rank", a.rank(), false);
                csv.printRecord("at-risk", a.craft(), "score", a.score(), false);
            }
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("workforce-insights.csv").build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Export export(Double epsilon) {
        WorkforceInsights.Insights figures = insights.insights();
        List<InsightTable> tables = figures.tables();
        if (epsilon != null) {
            LaplaceNoise noise;
            try {
                noise = new LaplaceNoise(epsilon, random);
            } catch (IllegalArgumentException e) {
                throw new LaborRefusal.Invalid("epsilon", "epsilon is the privacy budget of the noise, between "
                        + LaplaceNoise.MINIMUM_EPSILON + " and " + LaplaceNoise.MAXIMUM_EPSILON + " (e.g. 1.0).");
            }
            tables = tables.stream().map(t -> t.noised(noise)).toList();
        }
        return new Export(figures.k(), epsilon, tables, figures.departments(), figures.crafts(), figures.atRisk());
    }

    private static void print(CSVPrinter csv, String table, String row, String column, Long value)
            throws IOException {
        csv.printRecord(table, row, column, value == null ? "" : value, value == null);
    }
}
