package org.guildmark.core.disclosure;

/** Writes a {@link Statement} as Markdown, plain text or a self-contained HTML page. */
final class StatementRenderer {
    private StatementRenderer() {
    }

    static String markdown(Statement s) {
        StringBuilder out = new StringBuilder("# ").append(s.title()).append("\n\n");
        s.lead().forEach(l -> out.append(l).append("\n\n"));
        for (Statement.Section section : s.sections()) {
            out.append("## ").append(section.heading()).append("\n\n");
            section.sentences().forEach(l -> out.append(l).append("\n\n"));
            section.items().forEach(i -> out.append("- ").append(i).append('\n'));
            if (!section.items().isEmpty()) {
                out.append('\n');
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    static String text(Statement s) {
        StringBuilder out = new StringBuilder(s.title().toUpperCase()).append("\n\n");
        s.lead().forEach(l -> out.append(l).append("\n\n"));
        for (Statement.Section section : s.sections()) {
            out.append(section.heading()).append('\n');
            section.sentences().forEach(l -> out.append(l).append('\n'));
            section.items().forEach(i -> out.append("  * ").append(i).append('\n'));
            out.append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    static String html(Statement s) {
        StringBuilder out = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>""").append(escape(s.title())).append("""
                </title>
                <style>
                body { font: 16px/1.55 system-ui, sans-serif; color: #1b1b1b; background: #fff; max-width: 46rem;
                       margin: 2rem auto; padding: 0 1rem; }
                h1 { font-size: 1.6rem; } h2 { font-size: 1.15rem; margin-top: 1.8rem; border-bottom: 1px solid #ccc; }
                ul { padding-left: 1.2rem; }
                </style>
                </head>
                <body>
                <main>
                """);
        out.append("<h1>").append(escape(s.title())).append("</h1>\n");
        s.lead().forEach(l -> out.append("<p>").append(escape(l)).append("</p>\n"));
        for (Statement.Section section : s.sections()) {
            out.append("<section>\n<h2>").append(escape(section.heading())).append("</h2>\n");
            section.sentences().forEach(l -> out.append("<p>").append(escape(l)).append("</p>\n"));
            if (!section.items().isEmpty()) {
                out.append("<ul>\n");
                section.items().forEach(i -> out.append("<li>").append(escape(i)).append("</li>\n"));
                out.append("</ul>\n");
            }
            out.append("</section>\n");
        }
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
