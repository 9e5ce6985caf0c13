package org.guildmark.app.admin;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.guildmark.app.registry.Organizations;
import org.guildmark.app.registry.PersonRegistry;
import org.guildmark.app.registry.RepresentedPeople;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organizations, people and representative entries an account can be bound to, by name, through the registry's
 * own queries. People are listed here in one read-only query, since {@link PersonRegistry#list} loads each person
 * with their representatives, more than a list of names needs.
 */
@Component
class BindingChoices {

    /** One organization or person to choose, e.g. "Elin Sand (minor)". */
    record Choice(UUID id, String label) {
    }

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final PersonRegistry people;
    private final RepresentedPeople represented;

    BindingChoices(JdbcClient jdbc, Organizations organizations, PersonRegistry people,
                   RepresentedPeople represented) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.people = people;
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
        return organizations.list(Integer.MAX_VALUE, 0).stream()
                .map(organization -> new Choice(organization.id(), organization.name()))
                .toList();
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
        return people.find(id).isPresent();
    }

    boolean organizationExists(UUID id) {
        return organizations.name(id).isPresent();
    }

    private static String label(String name, String category) {
        return "adult".equals(category) ? name : name + " (" + category + ")";
    }
}
