package org.guildmark.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The table of rules in {@code docs/audit.md} documents every rule the audit runs, as the code defines it. */
class RuleTableTest {
    private static final Path AUDIT_MD = Path.of("..", "docs", "audit.md");

    /** Table rows by rule id: the cells after the id (clauses, severity, kind, what it checks). */
    private static Map<String, List<String>> rows() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(AUDIT_MD)) {
            if (line.startsWith("| `")) {
                List<String> cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|"))
                        .map(String::strip).toList();
                rows.put(cells.get(0).replace("`", ""), cells.subList(1, cells.size()));
            }
        }
        return rows;
    }

    @Test
    void every_rule_has_a_row_and_every_row_is_a_rule_in_the_codes_order() throws IOException {
        List<String> ids = Rules.all().stream().map(r -> r.spec().id()).toList();

        assertThat(rows().keySet()).containsExactlyElementsOf(ids);
    }

    @Test
    void each_row_names_the_rules_clause_severity_and_kind() throws IOException {
        Map<String, List<String>> rows = rows();
        for (Rule rule : Rules.all()) {
            RuleSpec spec = rule.spec();
            List<String> row = rows.get(spec.id());
            assertThat(row).as(spec.id()).isNotNull().hasSize(4);
            assertThat(row.get(0)).as(spec.id() + " clauses").startsWith(spec.clause());
            spec.covers().forEach(clause -> assertThat(row.get(0)).as(spec.id() + " covers").contains(clause));
            assertThat(row.get(1)).as(spec.id() + " severity").isEqualTo(spec.severity().code());
            assertThat(row.get(2)).as(spec.id() + " kind").isEqualTo(rule instanceof AssetRule ? "asset" : "dossier");
            assertThat(row.get(3)).as(spec.id() + " description").isNotBlank();
        }
    }
}
