package org.guildmark.app.registry;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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

    /** An organization as the registration pages and API list it. */
    public record Listed(UUID id, String name) {
    }

    /** A production with its type, as the registration pages and API list it. */
    public record ListedProduction(UUID id, UUID organization, String code, String title, ProductionType type) {
    }

    /** Organizations by name, a page at a time. */
    public List<Listed> list(int limit, int offset) {
        return jdbc.sql("SELECT id, name FROM organization ORDER BY name, id LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset)
                .query((rs, row) -> new Listed(rs.getObject("id", UUID.class), rs.getString("name")))
                .list();
    }

    /** An organization's productions by title, a page at a time. */
    public List<ListedProduction> productions(UUID organization, int limit, int offset) {
        return jdbc.sql("""
                        SELECT id, organization_id, code, title, type FROM production
                        WHERE organization_id = :organization ORDER BY title, id LIMIT :limit OFFSET :offset""")
                .param("organization", organization).param("limit", limit).param("offset", offset)
                .query((rs, row) -> new ListedProduction(rs.getObject("id", UUID.class),
                        rs.getObject("organization_id", UUID.class), rs.getString("code"), rs.getString("title"),
                        Codes.of(ProductionType.class, rs.getString("type"))))
                .list();
    }

    /** Whether a production already uses this code (codes are unique in the registry). */
    public boolean productionCodeTaken(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM production WHERE code = :code").param("code", code)
                .query(Long.class).single() > 0;
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

    /** The production with registry code {@code code} (e.g. {@code lighthouse-2026}). */
    public Optional<Production> findProductionByCode(String code) {
        return jdbc.sql("SELECT id, organization_id, code, title FROM production WHERE code = :code")
                .param("code", code)
                .query((rs, row) -> new Production(rs.getObject("id", UUID.class),
                        rs.getObject("organization_id", UUID.class), rs.getString("code"), rs.getString("title")))
                .optional();
    }
}
