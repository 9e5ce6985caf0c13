package org.guildmark.app.admin;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.guildmark.app.registry.RepresentedPeople;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organizations, people and representative entries an account can be bound to, by name. Reads the registry's tables directly, read-only,
 * until the registry publishes listing queries of its own.
 */
@Component
class BindingChoices {

    /** One organization or person to choose, e.g. "Elin Sand (minor)". */
    record Choice(UUID id, String label) {
    }

    private final JdbcClient jdbc;
    private final RepresentedPeople represented;

    BindingChoices(JdbcClient jdbc, RepresentedPeople represented) {
        this.jdbc = jdbc;
        this.represented = represented;
    }

    /** Each person's representative entries, e.g. "Elin Sand (minor) — Karin Sand, guardian". */
    List<Choice> representatives() {
        return represented.all().stream().map(entry -> new Choice(entry.id(), entry.label())).toList();
    }

    boolean representativeExists(UUID id) {
        return represented.find(id).isPresent();
    }

    List<Choice> organizations() {
        return jdbc.sql("SELECT id, name FROM organization ORDER BY name, id")
                .query((rs, row) -> new Choice(rs.getObject("id", UUID.class), rs.getString("name")))
                .list();
    }

    List<Choice> people() {
        return jdbc.sql("SELECT id, name, category FROM person ORDER BY name, id")
                .query((rs, row) -> new Choice(rs.getObject("id", UUID.class), label(rs.getString("name"),
                        rs.getString("category"))))
                .list();
    }

    Map<UUID, String> organizationNames() {
        return organizations().stream().collect(Collectors.toMap(Choice::id, Choice::label));
    }

    Map<UUID, String> personNames() {
        return people().stream().collect(Collectors.toMap(Choice::id, Choice::label));
    }

    boolean personExists(UUID id) {
        return count("person", id) > 0;
    }

    boolean organizationExists(UUID id) {
        return count("organization", id) > 0;
    }

    private long count(String table, UUID id) {
        // table is one of two constants above, never input
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE id = :id").param("id", id)
                .query(Long.class).single();
    }

    private static String label(String name, String category) {
        return "adult".equals(category) ? name : name + " (" + category + ")";
    }
}
