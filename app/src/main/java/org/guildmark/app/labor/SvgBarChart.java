package org.guildmark.app.labor;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as an SVG element, rendered on the server: no script, no style attribute (the page's CSP
 * allows neither), only presentation attributes. A suppressed value has no bar and says so, so a reader never
 * mistakes it for zero. The page shows the same figures as a table beside it.
 */
final class SvgBarChart {

    private static final int WIDTH = 640;
    private static final int LABEL = 200;
    private static final int BAR = 22;
    private static final int GAP = 8;

    private SvgBarChart() {
    }

    /** One bar: its label and value (null when suppressed); {@code percent} formats the value as a share. */
    record Bar(String label, Double value) {
    }

    static String render(String id, String title, List<Bar> bars, boolean percent) {
        double max = bars.stream().filter(b -> b.value() != null).mapToDouble(Bar::value).max().orElse(0);
        int height = bars.size() * (BAR + GAP) + GAP;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" aria-labelledby=\"")
                .append(escape(id)).append("-title\"><title id=\"").append(escape(id)).append("-title\">")
                .append(escape(title)).append("</title>");
        int y = GAP;
        for (Bar bar : bars) {
            svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 16)
                    .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#1f2328\">")
                    .append(escape(shorten(bar.label()))).append("</text>");
            if (bar.value() == null) {
                svg.append("<text x=\"").append(LABEL).append("\" y=\"").append(y + 16)
                        .append("\" font-size=\"13\" fill=\"#57606a\">suppressed (fewer than k)</text>");
            } else {
                int length = max == 0 ? 0 : (int) Math.round((WIDTH - LABEL - 90) * bar.value() / max);
                String shown = percent ? String.format(Locale.ROOT, "%.0f %%", bar.value() * 100)
                        : String.valueOf(Math.round(bar.value()));
                svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
                        .append(Math.max(length, 1)).append("\" height=\"").append(BAR)
                        .append("\" fill=\"#0b5cad\"></rect>");
                svg.append("<text x=\"").append(LABEL + Math.max(length, 1) + 6).append("\" y=\"").append(y + 16)
                        .append("\" font-size=\"13\" fill=\"#1f2328\">").append(shown).append("</text>");
            }
            y += BAR + GAP;
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String label) {
        return label.length() > 28 ? label.substring(0, 27) + "…" : label;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
