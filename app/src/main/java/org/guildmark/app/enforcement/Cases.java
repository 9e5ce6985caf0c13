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

/**
 * Cases, their clauses, what triggered automatic ones and their assignments. A case's row changes only in its
 * latest state, its deadline and its subject, each change together with an appended event ({@link AuditLog}).
 */
@Repository
class Cases {

    private static final String COLUMNS = "id, reference, origin, state, state_since, due_at, reminded_at, "
            + "production_id, organization_id, person_id, reporter_kind, created_at, closed_at, purged_at";

    private final JdbcClient jdbc;

    Cases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(EnforcementCase c, String receiptHash) {
        jdbc.sql("INSERT INTO enforcement_case (" + COLUMNS + ", receipt_hash) VALUES (:id, :reference, :origin, "
                        + ":state, :since, :due, NULL, :production, :organization, :person, :reporter, :created, "
                        + "NULL, NULL, :receipt)")
                .param("id", c.id()).param("reference", c.reference()).param("origin", c.origin().code())
                .param("state", c.state().code()).param("since", DatabaseTime.utc(c.stateSince()))
                .param("due", DatabaseTime.utc(c.dueAt())).param("production", c.production())
                .param("organization", c.organization()).param("person", c.person())
                .param("reporter", c.reporter().code()).param("created", DatabaseTime.utc(c.createdAt()))
                .param("receipt", receiptHash)
                .update();
    }

    boolean referenceTaken(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM enforcement_case WHERE reference = :r").param("r", reference)
                .query(Long.class).single() > 0;
    }

    Optional<EnforcementCase> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enforcement_case WHERE id = :id").param("id", id)
                .query(Cases::row).optional();
    }

    /** Locks the case's row until the transaction ends, so two changes of state never interleave. */
    Optional<EnforcementCase> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enforcement_case WHERE id = :id FOR UPDATE").param("id", id)
                .query(Cases::row).optional();
    }

    Optional<UUID> byReceiptHash(String hash) {
        return jdbc.sql("SELECT id FROM enforcement_case WHERE receipt_hash = :h").param("h", hash)
                .query(UUID.class).optional();
    }

    /** Every case, ended ones last, most urgent deadline first; the caller filters what a member may see. */
    List<EnforcementCase> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enforcement_case ORDER BY CASE WHEN closed_at IS NULL THEN 0 "
                        + "ELSE 1 END, due_at, created_at")
                .query(Cases::row).list();
    }

    List<EnforcementCase> ofOrganization(UUID organization) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enforcement_case WHERE organization_id = :o "
                        + "ORDER BY created_at DESC")
                .param("o", organization).query(Cases::row).list();
    }

    void setState(UUID id, CaseState state, Instant since, Instant due, Instant closedAt) {
        jdbc.sql("UPDATE enforcement_case SET state = :s, state_since = :since, due_at = :due, reminded_at = NULL, "
                        + "closed_at = :closed WHERE id = :id")
                .param("s", state.code()).param("since", DatabaseTime.utc(since)).param("due", DatabaseTime.utc(due))
                .param("closed", DatabaseTime.utc(closedAt)).param("id", id).update();
    }

    void setSubject(UUID id, UUID production, UUID organization, UUID person) {
        jdbc.sql("UPDATE enforcement_case SET production_id = :p, organization_id = :o, person_id = :person "
                        + "WHERE id = :id")
                .param("p", production).param("o", organization).param("person", person).param("id", id).update();
    }

    void reminded(UUID id, Instant at) {
        jdbc.sql("UPDATE enforcement_case SET reminded_at = :at WHERE id = :id").param("at", DatabaseTime.utc(at))
                .param("id", id).update();
    }

    /** Open cases past their deadline that have not been reminded of it yet. */
    List<EnforcementCase> overdueUnreminded(Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enforcement_case WHERE closed_at IS NULL AND due_at < :now "
                        + "AND reminded_at IS NULL ORDER BY due_at")
                .param("now", DatabaseTime.utc(now)).query(Cases::row).list();
    }

    /** Cases in {@code state} whose deadline has passed. */
    List<EnforcementCase> pastDeadline(CaseState state, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enforcement_case WHERE state = :s AND due_at < :now")
                .param("s", state.code()).param("now", DatabaseTime.utc(now)).query(Cases::row).list();
    }

    /** Ended cases not yet purged that ended before {@code cutoff}. */
    List<UUID> endedBefore(Instant cutoff) {
        return jdbc.sql("SELECT id FROM enforcement_case WHERE closed_at < :cutoff AND purged_at IS NULL")
                .param("cutoff", DatabaseTime.utc(cutoff)).query(UUID.class).list();
    }

    /** The purge's change to the row: the receipt and the person it was about are forgotten. */
    void purged(UUID id, Instant at) {
        jdbc.sql("UPDATE enforcement_case SET receipt_hash = NULL, person_id = NULL, purged_at = :at WHERE id = :id")
                .param("at", DatabaseTime.utc(at)).param("id", id).update();
    }

    // ----- clauses

    void addClauses(UUID id, List<String> clauses) {
        for (String clause : clauses) {
            jdbc.sql("INSERT INTO case_clause (case_id, clause) VALUES (:c, :clause)").param("c", id)
                    .param("clause", clause).update();
        }
    }

    List<String> clauses(UUID id) {
        return jdbc.sql("SELECT clause FROM case_clause WHERE case_id = :c ORDER BY clause").param("c", id)
                .query(String.class).list();
    }

    // ----- automatic triggers

    Optional<UUID> triggered(String kind, String reference) {
        return jdbc.sql("SELECT case_id FROM case_trigger WHERE kind = :k AND reference = :r").param("k", kind)
                .param("r", reference).query(UUID.class).optional();
    }

    void addTrigger(String kind, String reference, UUID id, Instant at) {
        jdbc.sql("INSERT INTO case_trigger (kind, reference, case_id, at) VALUES (:k, :r, :c, :at)")
                .param("k", kind).param("r", reference).param("c", id).param("at", DatabaseTime.utc(at)).update();
    }

    /** An open automatic case about this production, if one is there to take another trigger. */
    Optional<UUID> openAutomaticCase(UUID production) {
        return jdbc.sql("SELECT id FROM enforcement_case WHERE production_id = :p AND reporter_kind = 'automatic' "
                        + "AND closed_at IS NULL AND state IN ('received', 'triage', 'investigation', 'hearing') "
                        + "ORDER BY created_at LIMIT 1")
                .param("p", production).query(UUID.class).optional();
    }

    // ----- assignments

    /** A member assigned to a case, until released. */
    record Assignment(UUID id, UUID caseId, String member, String assignedBy, Instant assignedAt,
            Instant releasedAt, String releasedBy) {
        public boolean current() {
            return releasedAt == null;
        }
    }

    void assign(UUID id, String member, String by, Instant at) {
        jdbc.sql("INSERT INTO case_assignment (id, case_id, member, assigned_by, assigned_at) "
                        + "VALUES (:id, :c, :m, :by, :at)")
                .param("id", UUID.randomUUID()).param("c", id).param("m", member).param("by", by)
                .param("at", DatabaseTime.utc(at)).update();
    }

    boolean release(UUID id, String member, String by, Instant at) {
        return jdbc.sql("UPDATE case_assignment SET released_at = :at, released_by = :by WHERE case_id = :c "
                        + "AND member = :m AND released_at IS NULL")
                .param("at", DatabaseTime.utc(at)).param("by", by).param("c", id).param("m", member).update() > 0;
    }

    List<Assignment> assignments(UUID id) {
        return jdbc.sql("SELECT * FROM case_assignment WHERE case_id = :c ORDER BY assigned_at, id").param("c", id)
                .query((rs, n) -> new Assignment(rs.getObject("id", UUID.class), id, rs.getString("member"),
                        rs.getString("assigned_by"), DatabaseTime.instant(rs, "assigned_at"),
                        DatabaseTime.instant(rs, "released_at"), rs.getString("released_by")))
                .list();
    }

    List<String> currentAssignees(UUID id) {
        return assignments(id).stream().filter(Assignment::current).map(Assignment::member).toList();
    }

    private static EnforcementCase row(ResultSet rs, int n) throws SQLException {
        return new EnforcementCase(rs.getObject("id", UUID.class), rs.getString("reference"),
                CaseOrigin.ofCode(rs.getString("origin")), CaseState.ofCode(rs.getString("state")),
                DatabaseTime.instant(rs, "state_since"), DatabaseTime.instant(rs, "due_at"), DatabaseTime.instant(rs, "reminded_at"),
                rs.getObject("production_id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getObject("person_id", UUID.class),
                EnforcementCase.ReporterKind.ofCode(rs.getString("reporter_kind")),
                DatabaseTime.instant(rs, "created_at"), DatabaseTime.instant(rs, "closed_at"), DatabaseTime.instant(rs, "purged_at"));
    }
}
