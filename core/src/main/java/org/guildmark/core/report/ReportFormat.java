package org.guildmark.core.report;

import java.util.Locale;

/** The formats {@code guildmark audit --format} offers. */
public enum ReportFormat {
    TEXT, JSON, MARKDOWN, HTML, SARIF;

    /** The writer for this format; {@code colour} matters only for text on a terminal. */
    public ReportWriter writer(boolean colour) {
        return switch (this) {
            case TEXT -> new TextReport(colour);
            case JSON -> new JsonReport();
            case MARKDOWN -> new MarkdownReport();
            case HTML -> new HtmlReport();
            case SARIF -> new SarifReport();
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
