package org.guildmark.app.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes registry rows straight into the V1 tables, so the checks are tested against the schema they read and not
 * against another module's Java API.
 */
public final class RegistryRows {

    static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    private final JdbcClient jdbc;

    public RegistryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID organization(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO organization (id, name, created_at) VALUES (:id, :name, :at)")
                .param("id", id).param("name", name).param("at", CREATED.atOffset(ZoneOffset.UTC)).update();
        return id;
    }

    public UUID production(UUID organization, String code) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO production (id, organization_id, code, title, type)
                VALUES (:id, :organization, :code, :title, 'feature')""")
                .param("id", id).param("organization", organization).param("code", code).param("title", code)
                .update();
        return id;
    }

    public UUID person(String category, LocalDate dateOfBirth) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO person (id, name, category, date_of_birth, created_at)
                VALUES (:id, 'Someone Private', :category, :born, :at)""")
                .param("id", id).param("category", category).param("born", dateOfBirth)
                .param("at", CREATED.atOffset(ZoneOffset.UTC)).update();
        return id;
    }

    /** A grant in the given status since {@link #CREATED}; {@code production} null for a general grant. */
    public UUID grant(UUID person, UUID grantee, UUID production, List<String> aspects, List<String> purposes,
            LocalDate validFrom, LocalDate validUntil, String status) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO consent_grant (id, person_id, grantee_id, granted_by, given_on, scope_production_id,
                    scope_general, valid_from, valid_until, evidence_sha256, evidence_explained_by, evidence_language,
                    status, created_at)
                VALUES (:id, :person, :grantee, 'Someone Private', :givenOn, :production, :general, :validFrom,
                    :validUntil, :sha, 'Casting office', 'en', :status, :at)""")
                .param("id", id).param("person", person).param("grantee", grantee).param("givenOn", validFrom)
                .param("production", production).param("general", production == null)
                .param("validFrom", validFrom).param("validUntil", validUntil).param("sha", SHA256)
                .param("status", status).param("at", CREATED.atOffset(ZoneOffset.UTC)).update();
        for (String aspect : aspects) {
            jdbc.sql("INSERT INTO consent_grant_aspect (grant_id, aspect) VALUES (:id, :aspect)")
                    .param("id", id).param("aspect", aspect).update();
        }
        for (String purpose : purposes) {
            jdbc.sql("INSERT INTO consent_grant_purpose (grant_id, purpose) VALUES (:id, :purpose)")
                    .param("id", id).param("purpose", purpose).update();
        }
        event(id, status, CREATED, CREATED);
        return id;
    }

    public void event(UUID grant, String status, Instant recordedAt, Instant effectiveAt) {
        jdbc.sql("""
                INSERT INTO consent_event (grant_id, status, recorded_at, effective_at, actor)
                VALUES (:grant, :status, :recorded, :effective, 'test')""")
                .param("grant", grant).param("status", status)
                .param("recorded", recordedAt.atOffset(ZoneOffset.UTC))
                .param("effective", effectiveAt.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("UPDATE consent_grant SET status = :status WHERE id = :grant")
                .param("status", status).param("grant", grant).update();
    }

    public void approval(UUID grant, String by, String relation, LocalDate on) {
        jdbc.sql("""
                INSERT INTO consent_approval (grant_id, approved_by, relation, approved_on)
                VALUES (:grant, :by, :relation, :on)""")
                .param("grant", grant).param("by", by).param("relation", relation).param("on", on).update();
    }
}
