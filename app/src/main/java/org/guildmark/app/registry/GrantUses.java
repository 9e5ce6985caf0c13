package org.guildmark.app.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The uses of grants, as the organizations that used them recorded them. Only ever inserted. */
@Repository
public class GrantUses {

    private final JdbcClient jdbc;

    public GrantUses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public GrantUse record(UUID grant, UUID organization, UUID production, String asset, String model,
            Instant usedAt, Instant recordedAt, String recordedBy) {
        GrantUse use = new GrantUse(UUID.randomUUID(), grant, organization, production, asset, model,
                micros(usedAt), micros(recordedAt), recordedBy);
        jdbc.sql("""
                INSERT INTO grant_use (id, grant_id, organization_id, production_id, asset, model, used_at,
                    recorded_at, recorded_by)
                VALUES (:id, :grant, :organization, :production, :asset, :model, :usedAt, :recordedAt, :by)""")
                .param("id", use.id())
                .param("grant", grant)
                .param("organization", organization)
                .param("production", production)
                .param("asset", asset)
                .param("model", model)
                .param("usedAt", utc(use.usedAt()))
                .param("recordedAt", utc(use.recordedAt()))
                .param("by", recordedBy)
                .update();
        return use;
    }

    /** A grant's uses, in the order they were used. */
    public List<GrantUse> of(UUID grant) {
        return jdbc.sql("SELECT * FROM grant_use WHERE grant_id = :grant ORDER BY used_at, id")
                .param("grant", grant)
                .query(GrantUses::use)
                .list();
    }

    private static GrantUse use(ResultSet rs, int row) throws SQLException {
        return new GrantUse(rs.getObject("id", UUID.class), rs.getObject("grant_id", UUID.class),
                rs.getObject("organization_id", UUID.class), rs.getObject("production_id", UUID.class),
                rs.getString("asset"), rs.getString("model"),
                rs.getObject("used_at", OffsetDateTime.class).toInstant(),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("recorded_by"));
    }

    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static OffsetDateTime utc(Instant instant) {
        return micros(instant).atOffset(ZoneOffset.UTC);
    }
}
