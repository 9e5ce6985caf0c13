package org.guildmark.app.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.guildmark.app.registry.DeletionObligation.Confirmation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deletion obligations with their confirmations and escalations. Nothing here updates or deletes: a confirmation
 * and an escalation are rows of their own, at most one each per obligation.
 */
@Repository
public class DeletionObligations {

    private static final String SELECT = """
            SELECT o.*, c.evidence_sha256, c.description, c.confirmed_at, c.confirmed_by
            FROM deletion_obligation o LEFT JOIN deletion_confirmation c ON c.obligation_id = o.id
            """;

    private final JdbcClient jdbc;

    public DeletionObligations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public DeletionObligation create(UUID grant, UUID organization, UUID production, String model, String method,
            Instant createdAt, Instant dueAt) {
        DeletionObligation obligation = new DeletionObligation(UUID.randomUUID(), grant, organization, production,
                model, method, GrantUses.micros(createdAt), GrantUses.micros(dueAt), null);
        jdbc.sql("""
                INSERT INTO deletion_obligation (id, grant_id, organization_id, production_id, model, method,
                    created_at, due_at)
                VALUES (:id, :grant, :organization, :production, :model, :method, :createdAt, :dueAt)""")
                .param("id", obligation.id())
                .param("grant", grant)
                .param("organization", organization)
                .param("production", production)
                .param("model", model)
                .param("method", method)
                .param("createdAt", GrantUses.utc(createdAt))
                .param("dueAt", GrantUses.utc(dueAt))
                .update();
        return obligation;
    }

    /**
     * Records the confirmation of an obligation.
     *
     * @throws org.springframework.dao.DuplicateKeyException when it was confirmed already
     */
    public void confirm(UUID obligation, Confirmation confirmation) {
        jdbc.sql("""
                INSERT INTO deletion_confirmation (obligation_id, evidence_sha256, description, confirmed_at,
                    confirmed_by)
                VALUES (:obligation, :sha256, :description, :at, :by)""")
                .param("obligation", obligation)
                .param("sha256", confirmation.evidenceSha256())
                .param("description", confirmation.description())
                .param("at", GrantUses.utc(confirmation.confirmedAt()))
                .param("by", confirmation.confirmedBy())
                .update();
    }

    /** Records that an overdue obligation was escalated; false when it had been already. */
    public boolean markEscalated(UUID obligation, Instant at) {
        try {
            return insertEscalation(obligation, at);
        } catch (org.springframework.dao.DuplicateKeyException anotherNodeWasFirst) {
            return false;
        }
    }

    private boolean insertEscalation(UUID obligation, Instant at) {
        return jdbc.sql("""
                INSERT INTO deletion_escalation (obligation_id, escalated_at)
                SELECT :obligation, :at WHERE NOT EXISTS
                    (SELECT 1 FROM deletion_escalation WHERE obligation_id = :obligation)""")
                .param("obligation", obligation)
                .param("at", GrantUses.utc(at))
                .update() == 1;
    }

    public Optional<DeletionObligation> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE o.id = :id").param("id", id).query(DeletionObligations::obligation).optional();
    }

    public List<DeletionObligation> ofGrant(UUID grant) {
        return jdbc.sql(SELECT + "WHERE o.grant_id = :grant ORDER BY o.due_at, o.id")
                .param("grant", grant).query(DeletionObligations::obligation).list();
    }

    public List<DeletionObligation> ofOrganization(UUID organization) {
        return jdbc.sql(SELECT + "WHERE o.organization_id = :organization ORDER BY o.due_at, o.id")
                .param("organization", organization).query(DeletionObligations::obligation).list();
    }

    /** The obligations arising from the grants of these people. */
    public List<DeletionObligation> ofPeople(Collection<UUID> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                        WHERE o.grant_id IN (SELECT id FROM consent_grant WHERE person_id IN (:people))
                        ORDER BY o.due_at, o.id""")
                .param("people", people).query(DeletionObligations::obligation).list();
    }

    public List<DeletionObligation> all() {
        return jdbc.sql(SELECT + "ORDER BY o.due_at, o.id").query(DeletionObligations::obligation).list();
    }

    /** The obligations still unconfirmed after their due instant, most overdue first. */
    public List<DeletionObligation> overdueAt(Instant now) {
        return jdbc.sql(SELECT + "WHERE c.obligation_id IS NULL AND o.due_at < :now ORDER BY o.due_at, o.id")
                .param("now", GrantUses.utc(now)).query(DeletionObligations::obligation).list();
    }

    private static DeletionObligation obligation(ResultSet rs, int row) throws SQLException {
        OffsetDateTime confirmedAt = rs.getObject("confirmed_at", OffsetDateTime.class);
        return new DeletionObligation(rs.getObject("id", UUID.class), rs.getObject("grant_id", UUID.class),
                rs.getObject("organization_id", UUID.class), rs.getObject("production_id", UUID.class),
                rs.getString("model"), rs.getString("method"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("due_at", OffsetDateTime.class).toInstant(),
                confirmedAt == null ? null : new Confirmation(rs.getString("evidence_sha256"),
                        rs.getString("description"), confirmedAt.toInstant(), rs.getString("confirmed_by")));
    }
}
