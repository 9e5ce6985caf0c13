package org.guildmark.app.enforcement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.guildmark.app.DatabaseTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Declared conflicts of interest of committee members: each names one organization, production, person or case. */
@Repository
class Conflicts {

    private final JdbcClient jdbc;

    Conflicts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A declared conflict; withdrawn ones stay, marked. */
    record Conflict(UUID id, String member, UUID organization, UUID production, UUID person, UUID caseId,
            String reason, String declaredBy, Instant declaredAt, Instant withdrawnAt, String withdrawnBy) {

        public boolean active() {
            return withdrawnAt == null;
        }

        /** Whether it recuses its member from this case. */
        public boolean covers(EnforcementCase c) {
            return active() && ((organization != null && organization.equals(c.organization()))
                    || (production != null && production.equals(c.production()))
                    || (person != null && person.equals(c.person()))
                    || (caseId != null && caseId.equals(c.id())));
        }
    }

    void declare(Conflict c) {
        jdbc.sql("INSERT INTO committee_conflict (id, member, organization_id, production_id, person_id, case_id, "
                        + "reason, declared_by, declared_at) VALUES (:id, :m, :o, :p, :person, :c, :r, :by, :at)")
                .param("id", c.id()).param("m", c.member()).param("o", c.organization()).param("p", c.production())
                .param("person", c.person()).param("c", c.caseId()).param("r", c.reason())
                .param("by", c.declaredBy()).param("at", DatabaseTime.utc(c.declaredAt())).update();
    }

    boolean withdraw(UUID id, String by, Instant at) {
        return jdbc.sql("UPDATE committee_conflict SET withdrawn_at = :at, withdrawn_by = :by WHERE id = :id "
                        + "AND withdrawn_at IS NULL")
                .param("at", DatabaseTime.utc(at)).param("by", by).param("id", id).update() > 0;
    }

    Optional<Conflict> find(UUID id) {
        return jdbc.sql("SELECT * FROM committee_conflict WHERE id = :id").param("id", id).query(Conflicts::row)
                .optional();
    }

    List<Conflict> all() {
        return jdbc.sql("SELECT * FROM committee_conflict ORDER BY declared_at DESC, id").query(Conflicts::row).list();
    }

    List<Conflict> activeOf(String member) {
        return jdbc.sql("SELECT * FROM committee_conflict WHERE member = :m AND withdrawn_at IS NULL")
                .param("m", member).query(Conflicts::row).list();
    }

    private static Conflict row(ResultSet rs, int n) throws SQLException {
        return new Conflict(rs.getObject("id", UUID.class), rs.getString("member"),
                rs.getObject("organization_id", UUID.class), rs.getObject("production_id", UUID.class),
                rs.getObject("person_id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("reason"),
                rs.getString("declared_by"), DatabaseTime.instant(rs, "declared_at"), DatabaseTime.instant(rs, "withdrawn_at"),
                rs.getString("withdrawn_by"));
    }
}
