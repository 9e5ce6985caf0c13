package org.guildmark.app.enforcement;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.guildmark.app.DatabaseTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only log of every case: what was done, by whom, and every attempt that was refused. Only ever
 * inserted into. A refusal is written in a transaction of its own, so it stays when the refused work rolls back.
 */
@Repository
class AuditLog {

    static final String SYSTEM = "guildmark";
    static final String REPORTER = "reporter";
    static final String ANONYMOUS = "anonymous";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Appends what happened, in the caller's transaction. */
    void done(UUID caseId, String kind, String actor, String detail) {
        insert(caseId, kind, false, actor, detail);
    }

    /** Appends a refused attempt in a transaction of its own; {@code caseId} may be null. */
    void refused(UUID caseId, String kind, String actor, String detail) {
        ownTransaction.executeWithoutResult(status -> insert(caseId, kind, true, actor, detail));
    }

    /** Appends in a transaction of its own, refused or not: for events outside any other work. */
    void refusedOrDone(UUID caseId, String kind, String actor, String detail, boolean refused) {
        ownTransaction.executeWithoutResult(status -> insert(caseId, kind, refused, actor, detail));
    }

    List<CaseEvent> of(UUID caseId) {
        return jdbc.sql("SELECT * FROM enforcement_event WHERE case_id = :c ORDER BY id").param("c", caseId)
                .query((rs, n) -> event(rs)).list();
    }

    /** The latest refused attempts that concern no case (guessed receipts, refused complaints), newest first. */
    List<CaseEvent> refusedWithoutCase(int limit) {
        return jdbc.sql("SELECT * FROM enforcement_event WHERE case_id IS NULL ORDER BY id DESC LIMIT :l")
                .param("l", limit).query((rs, n) -> event(rs)).list();
    }

    private void insert(UUID caseId, String kind, boolean refused, String actor, String detail) {
        if (caseId != null && jdbc.sql("SELECT COUNT(*) FROM enforcement_case WHERE id = :c").param("c", caseId)
                .query(Long.class).single() == 0) {
            // An attempt on a case that does not exist: logged, without the id it named.
            detail = "unknown case; " + (detail == null ? "" : detail);
            caseId = null;
        }
        String text = detail == null ? null : detail.length() > 1000 ? detail.substring(0, 997) + "…" : detail;
        jdbc.sql("INSERT INTO enforcement_event (case_id, kind, refused, actor, detail, at) "
                        + "VALUES (:c, :k, :r, :a, :d, :at)")
                .param("c", caseId).param("k", kind).param("r", refused).param("a", actor).param("d", text)
                .param("at", DatabaseTime.utc(clock.instant())).update();
    }

    private static CaseEvent event(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CaseEvent(rs.getLong("id"), rs.getObject("case_id", UUID.class), rs.getString("kind"),
                rs.getBoolean("refused"), rs.getString("actor"), rs.getString("detail"), DatabaseTime.instant(rs, "at"));
    }
}
