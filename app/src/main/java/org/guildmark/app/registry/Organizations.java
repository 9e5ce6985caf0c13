package org.guildmark.app.registry;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.guildmark.core.dossier.Enums.ProductionType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organizations that receive grants (production companies, vendors) and their productions. */
@Repository
public class Organizations {

    private final JdbcClient jdbc;
    private final Clock clock;

    public Organizations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Registers an organization and returns its id. */
    public UUID register(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO organization (id, name, created_at) VALUES (:id, :name, :createdAt)")
                .param("id", id)
                .param("name", name)
                .param("createdAt", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .update();
        return id;
    }

    /**
     * Registers a production of an organization and returns its id.
     *
     * @param code the production's id in its dossier, e.g. {@code lighthouse-2026}; unique in the registry
     */
    public UUID registerProduction(UUID organization, String code, String title, ProductionType type) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO production (id, organization_id, code, title, type)
                VALUES (:id, :organization, :code, :title, :type)""")
                .param("id", id)
                .param("organization", organization)
                .param("code", code)
                .param("title", title)
                .param("type", Codes.code(type))
                .update();
        return id;
    }

    /** A production as the registry knows it. */
    public record Production(UUID id, UUID organization, String code, String title) {
    }

    /** The organization's name, if it is registered. */
    public Optional<String> name(UUID organization) {
        return jdbc.sql("SELECT name FROM organization WHERE id = :id")
                .param("id", organization)
                .query(String.class)
                .optional();
    }

    public Optional<Production> findProduction(UUID production) {
        return jdbc.sql("SELECT id, organization_id, code, title FROM production WHERE id = :id")
                .param("id", production)
                .query((rs, row) -> new Production(rs.getObject("id", UUID.class),
                        rs.getObject("organization_id", UUID.class), rs.getString("code"), rs.getString("title")))
                .optional();
    }
}
