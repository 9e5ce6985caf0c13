package org.guildmark.core.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * The disclosure statement in a fixed structure a festival can compare across productions: numbered sections,
 * each with sentences and a list. Rendered to Markdown, plain text and HTML by {@link StatementRenderer}.
 */
record Statement(String title, List<String> lead, List<Section> sections) {

    record Section(String heading, List<String> sentences, List<String> items) {
    }

    static final class Builder {
        private final String title;
        private final List<String> lead = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();

        Builder(String title) {
            this.title = title;
        }

        Builder lead(String sentence) {
            lead.add(sentence);
            return this;
        }

        Builder section(String heading, List<String> sentences, List<String> items) {
            sections.add(new Section((sections.size() + 1) + ". " + heading, List.copyOf(sentences), List.copyOf(items)));
            return this;
        }

        Statement build() {
            return new Statement(title, List.copyOf(lead), List.copyOf(sections));
        }
    }
}
