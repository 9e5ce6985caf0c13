package org.guildmark.app.enforcement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.guildmark.app.DatabaseTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Decisions and appeal decisions, the sanctions they impose, and appeals. */
@Repository
class Decisions {

    enum Stage {
        DECISION, APPEAL;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A decision; {@code reasons} is null once the retention purge has run. */
    record Decision(UUID id, UUID caseId, Stage stage, String outcome, String decidedBy, Instant decidedAt,
            List<String> clauses, List<String> members, String reasons) {
    }

    enum SanctionState {
        PENDING, IN_EFFECT, ENDED, CANCELLED;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static SanctionState ofCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    record Sanction(UUID id, UUID caseId, UUID decisionId, SanctionKind kind, Instant effectiveFrom,
            Instant effectiveUntil, BigDecimal amount, String currency, String certificate, boolean published,
            UUID production, UUID organization, UUID person, SanctionState state, String publicJson,
            String sha256) {
    }

    /** An appeal; {@code grounds} is null once purged. */
    record Appeal(UUID id, UUID caseId, String lodgedBy, String lodgedAs, Instant lodgedAt, String grounds) {
    }

    private final JdbcClient jdbc;

    Decisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Decision d) {
        jdbc.sql("INSERT INTO case_decision (id, case_id, stage, outcome, decided_by, decided_at) "
                        + "VALUES (:id, :c, :s, :o, :by, :at)")
                .param("id", d.id()).param("c", d.caseId()).param("s", d.stage().code()).param("o", d.outcome())
                .param("by", d.decidedBy()).param("at", DatabaseTime.utc(d.decidedAt())).update();
        jdbc.sql("INSERT INTO case_decision_reasons (decision_id, reasons) VALUES (:id, :r)").param("id", d.id())
                .param("r", d.reasons()).update();
        for (String clause : d.clauses()) {
            jdbc.sql("INSERT INTO case_decision_clause (decision_id, clause) VALUES (:id, :c)").param("id", d.id())
                    .param("c", clause).update();
        }
        for (String member : d.members()) {
            jdbc.sql("INSERT INTO case_decision_member (decision_id, member) VALUES (:id, :m)").param("id", d.id())
                    .param("m", member).update();
        }
    }

    Optional<Decision> find(UUID caseId, Stage stage) {
        return jdbc.sql("SELECT * FROM case_decision WHERE case_id = :c AND stage = :s").param("c", caseId)
                .param("s", stage.code()).query((rs, n) -> decision(rs)).optional();
    }

    void insert(Sanction s) {
        jdbc.sql("""
                        INSERT INTO sanction (id, case_id, decision_id, kind, effective_from, effective_until, amount,
                            currency, certificate_id, published, production_id, organization_id, person_id, state)
                        VALUES (:id, :c, :d, :k, :from, :until, :amount, :currency, :cert, :pub, :p, :o, :person,
                            :state)""")
                .param("id", s.id()).param("c", s.caseId()).param("d", s.decisionId()).param("k", s.kind().code())
                .param("from", DatabaseTime.utc(s.effectiveFrom())).param("until", DatabaseTime.utc(s.effectiveUntil()))
                .param("amount", s.amount()).param("currency", s.currency()).param("cert", s.certificate())
                .param("pub", s.published()).param("p", s.production()).param("o", s.organization())
                .param("person", s.person()).param("state", s.state().code()).update();
    }

    List<Sanction> sanctions(UUID caseId) {
        return jdbc.sql("SELECT * FROM sanction WHERE case_id = :c ORDER BY effective_from, kind, id")
                .param("c", caseId).query(Decisions::sanction).list();
    }

    Optional<Sanction> sanction(UUID id) {
        return jdbc.sql("SELECT * FROM sanction WHERE id = :id").param("id", id).query(Decisions::sanction)
                .optional();
    }

    /** Pending sanctions whose effective date has come. */
    List<Sanction> due(Instant now) {
        return jdbc.sql("SELECT * FROM sanction WHERE state = 'pending' AND effective_from <= :now "
                        + "ORDER BY effective_from, id")
                .param("now", DatabaseTime.utc(now)).query(Decisions::sanction).list();
    }

    /** In-effect sanctions with an end that has passed. */
    List<Sanction> ended(Instant now) {
        return jdbc.sql("SELECT * FROM sanction WHERE state = 'in-effect' AND effective_until <= :now")
                .param("now", DatabaseTime.utc(now)).query(Decisions::sanction).list();
    }

    void setState(UUID id, SanctionState state) {
        jdbc.sql("UPDATE sanction SET state = :s WHERE id = :id").param("s", state.code()).param("id", id).update();
    }

    void published(UUID id, String json, String sha256) {
        jdbc.sql("UPDATE sanction SET public_json = :j, sha256 = :h WHERE id = :id").param("j", json)
                .param("h", sha256).param("id", id).update();
    }

    void actedOn(UUID sanction, String certificate, Instant at) {
        jdbc.sql("INSERT INTO sanction_certificate (sanction_id, certificate_id, applied_at) VALUES (:s, :c, :at)")
                .param("s", sanction).param("c", certificate).param("at", DatabaseTime.utc(at)).update();
    }

    List<String> certificatesActedOn(UUID sanction) {
        return jdbc.sql("SELECT certificate_id FROM sanction_certificate WHERE sanction_id = :s ORDER BY "
                + "certificate_id").param("s", sanction).query(String.class).list();
    }

    void insert(Appeal a) {
        jdbc.sql("INSERT INTO case_appeal (id, case_id, lodged_by, lodged_as, lodged_at) VALUES (:id, :c, :by, "
                        + ":as, :at)")
                .param("id", a.id()).param("c", a.caseId()).param("by", a.lodgedBy()).param("as", a.lodgedAs())
                .param("at", DatabaseTime.utc(a.lodgedAt())).update();
        jdbc.sql("INSERT INTO case_appeal_grounds (appeal_id, grounds) VALUES (:id, :g)").param("id", a.id())
                .param("g", a.grounds()).update();
    }

    Optional<Appeal> appeal(UUID caseId) {
        return jdbc.sql("SELECT a.*, g.grounds FROM case_appeal a LEFT JOIN case_appeal_grounds g "
                        + "ON g.appeal_id = a.id WHERE a.case_id = :c").param("c", caseId)
                .query((rs, n) -> new Appeal(rs.getObject("id", UUID.class), caseId, rs.getString("lodged_by"),
                        rs.getString("lodged_as"), DatabaseTime.instant(rs, "lodged_at"), rs.getString("grounds")))
                .optional();
    }

    /** The public sanctions, newest first. */
    List<Sanction> published(int limit) {
        return jdbc.sql("SELECT * FROM sanction WHERE published = TRUE AND sha256 IS NOT NULL "
                        + "ORDER BY effective_from DESC LIMIT :l")
                .param("l", limit).query(Decisions::sanction).list();
    }

    /** Deletes the reasons and grounds people wrote; the decisions, sanctions and appeal stay. */
    int purge(UUID caseId) {
        int rows = jdbc.sql("DELETE FROM case_decision_reasons WHERE decision_id IN (SELECT id FROM case_decision "
                + "WHERE case_id = :c)").param("c", caseId).update();
        rows += jdbc.sql("DELETE FROM case_appeal_grounds WHERE appeal_id IN (SELECT id FROM case_appeal "
                + "WHERE case_id = :c)").param("c", caseId).update();
        jdbc.sql("UPDATE sanction SET person_id = NULL WHERE case_id = :c").param("c", caseId).update();
        return rows;
    }

    private Decision decision(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<String> clauses = jdbc.sql("SELECT clause FROM case_decision_clause WHERE decision_id = :d "
                + "ORDER BY clause").param("d", id).query(String.class).list();
        List<String> members = jdbc.sql("SELECT member FROM case_decision_member WHERE decision_id = :d "
                + "ORDER BY member").param("d", id).query(String.class).list();
        String reasons = jdbc.sql("SELECT reasons FROM case_decision_reasons WHERE decision_id = :d")
                .param("d", id).query(String.class).optional().orElse(null);
        return new Decision(id, rs.getObject("case_id", UUID.class),
                Stage.valueOf(rs.getString("stage").toUpperCase(Locale.ROOT)), rs.getString("outcome"),
                rs.getString("decided_by"), DatabaseTime.instant(rs, "decided_at"), clauses, members, reasons);
    }

    private static Sanction sanction(ResultSet rs, int n) throws SQLException {
        return new Sanction(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getObject("decision_id", UUID.class), SanctionKind.ofCode(rs.getString("kind")).orElseThrow(),
                DatabaseTime.instant(rs, "effective_from"), DatabaseTime.instant(rs, "effective_until"),
                rs.getBigDecimal("amount"), rs.getString("currency"), rs.getString("certificate_id"),
                rs.getBoolean("published"), rs.getObject("production_id", UUID.class),
                rs.getObject("organization_id", UUID.class), rs.getObject("person_id", UUID.class),
                SanctionState.ofCode(rs.getString("state")), rs.getString("public_json"), rs.getString("sha256"));
    }
}
