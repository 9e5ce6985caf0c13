package org.guildmark.app.labor;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.guildmark.app.DatabaseTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Revenue-share agreements, revenue reports and their statement lines. Insert only. */
@Repository
class RevenueStore {

    private final JdbcClient jdbc;

    RevenueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the production's row so two uploads at once get consecutive versions. */
    int nextAgreementVersion(UUID production) {
        lockProduction(production);
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM revenue_agreement WHERE production_id = :p")
                .param("p", production).query(Integer.class).single();
    }

    void lockProduction(UUID production) {
        jdbc.sql("SELECT id FROM production WHERE id = :id FOR UPDATE").param("id", production)
                .query(UUID.class).optional();
    }

    void insert(RevenueAgreement a) {
        jdbc.sql("""
                INSERT INTO revenue_agreement (id, production_id, version, basis, creator_pool_percent,
                    dossier_sha256, file_name, recorded_by, recorded_at)
                VALUES (:id, :p, :version, :basis, :pool, :sha, :file, :by, :at)""")
                .param("id", a.id()).param("p", a.production()).param("version", a.version())
                .param("basis", a.basis()).param("pool", a.poolPercent().toPlainString())
                .param("sha", a.dossierSha256()).param("file", a.fileName()).param("by", a.recordedBy())
                .param("at", DatabaseTime.utc(a.recordedAt())).update();
        int ordinal = 0;
        for (RevenueAgreement.Participant p : a.participants()) {
            jdbc.sql("INSERT INTO revenue_participant (agreement_id, ordinal, person, name, percent) "
                    + "VALUES (:a, :o, :person, :name, :percent)")
                    .param("a", a.id()).param("o", ordinal++).param("person", p.person()).param("name", p.name())
                    .param("percent", p.percent().toPlainString()).update();
        }
    }

    void insertAdoption(UUID agreement, AdoptionCount adoption) {
        adoption.departments().forEach((department, c) -> jdbc.sql("INSERT INTO adoption_department (agreement_id, "
                + "department, assets, ai_assets) VALUES (:a, :d, :n, :ai)")
                .param("a", agreement).param("d", department).param("n", c[0]).param("ai", c[1]).update());
        adoption.crafts().forEach((craft, c) -> jdbc.sql("INSERT INTO adoption_craft (agreement_id, craft, people, "
                + "ai_people) VALUES (:a, :c, :n, :ai)")
                .param("a", agreement).param("c", craft).param("n", c[0]).param("ai", c[1]).update());
    }

    /** One row of a production's latest adoption counts: a department or craft, its total and its AI part. */
    record AdoptionRow(UUID production, String name, int total, int ai) {
    }

    /** Every production's latest upload's counts, by department or (crafts) by craft. */
    List<AdoptionRow> latestAdoption(boolean crafts) {
        String table = crafts ? "adoption_craft" : "adoption_department";
        String name = crafts ? "craft" : "department";
        String total = crafts ? "people" : "assets";
        String ai = crafts ? "ai_people" : "ai_assets";
        return jdbc.sql("SELECT a.production_id, t." + name + ", t." + total + ", t." + ai + " FROM " + table
                        + " t JOIN revenue_agreement a ON a.id = t.agreement_id WHERE a.version = "
                        + "(SELECT MAX(v.version) FROM revenue_agreement v WHERE v.production_id = a.production_id)")
                .query((rs, n) -> new AdoptionRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
                        rs.getInt(4))).list();
    }

    Optional<RevenueAgreement> latestAgreement(UUID production) {
        return jdbc.sql("SELECT * FROM revenue_agreement WHERE production_id = :p ORDER BY version DESC LIMIT 1")
                .param("p", production).query(this::agreementRow).optional();
    }

    Optional<RevenueAgreement> agreement(UUID id) {
        return jdbc.sql("SELECT * FROM revenue_agreement WHERE id = :id").param("id", id)
                .query(this::agreementRow).optional();
    }

    List<RevenueAgreement> agreements(UUID production) {
        return jdbc.sql("SELECT * FROM revenue_agreement WHERE production_id = :p ORDER BY version DESC")
                .param("p", production).query(this::agreementRow).list();
    }

    /** Reports of the production and currency whose period shares a day with {@code [start, end]}. */
    boolean overlaps(UUID production, String currency, LocalDate start, LocalDate end) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM revenue_report WHERE production_id = :p AND currency = :c
                AND period_start <= :end AND period_end >= :start""")
                .param("p", production).param("c", currency).param("start", start).param("end", end)
                .query(Long.class).single() > 0;
    }

    void insert(RevenueReport r) {
        jdbc.sql("""
                INSERT INTO revenue_report (id, production_id, agreement_id, period_start, period_end, currency,
                    revenue, pool, reported_by, reported_at)
                VALUES (:id, :p, :a, :start, :end, :currency, :revenue, :pool, :by, :at)""")
                .param("id", r.id()).param("p", r.production()).param("a", r.agreement())
                .param("start", r.periodStart()).param("end", r.periodEnd()).param("currency", r.currency())
                .param("revenue", r.revenue().toPlainString()).param("pool", r.pool().toPlainString())
                .param("by", r.reportedBy()).param("at", DatabaseTime.utc(r.reportedAt())).update();
        for (RevenueReport.StatementLine l : r.lines()) {
            jdbc.sql("""
                    INSERT INTO revenue_statement_line (report_id, ordinal, person, name, percent, exact, amount)
                    VALUES (:r, :o, :person, :name, :percent, :exact, :amount)""")
                    .param("r", r.id()).param("o", l.ordinal()).param("person", l.person()).param("name", l.name())
                    .param("percent", l.percent().toPlainString()).param("exact", l.exact().toPlainString())
                    .param("amount", l.amount().toPlainString()).update();
        }
    }

    Optional<RevenueReport> report(UUID id) {
        return jdbc.sql("SELECT * FROM revenue_report WHERE id = :id").param("id", id)
                .query(this::reportRow).optional();
    }

    /** A production's reports, latest period first. */
    List<RevenueReport> reports(UUID production) {
        return jdbc.sql("SELECT * FROM revenue_report WHERE production_id = :p ORDER BY period_start DESC, currency")
                .param("p", production).query(this::reportRow).list();
    }

    private RevenueAgreement agreementRow(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<RevenueAgreement.Participant> participants = jdbc.sql(
                        "SELECT * FROM revenue_participant WHERE agreement_id = :a ORDER BY ordinal")
                .param("a", id)
                .query((p, n) -> new RevenueAgreement.Participant(p.getString("person"), p.getString("name"),
                        new BigDecimal(p.getString("percent")))).list();
        return new RevenueAgreement(id, rs.getObject("production_id", UUID.class), rs.getInt("version"),
                rs.getString("basis"), new BigDecimal(rs.getString("creator_pool_percent")), participants,
                rs.getString("dossier_sha256"), rs.getString("file_name"), rs.getString("recorded_by"),
                DatabaseTime.instant(rs, "recorded_at"));
    }

    private RevenueReport reportRow(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<RevenueReport.StatementLine> lines = jdbc.sql(
                        "SELECT * FROM revenue_statement_line WHERE report_id = :r ORDER BY ordinal")
                .param("r", id)
                .query((l, n) -> new RevenueReport.StatementLine(l.getInt("ordinal"), l.getString("person"),
                        l.getString("name"), new BigDecimal(l.getString("percent")),
                        new BigDecimal(l.getString("exact")), new BigDecimal(l.getString("amount")))).list();
        return new RevenueReport(id, rs.getObject("production_id", UUID.class),
                rs.getObject("agreement_id", UUID.class), rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class), rs.getString("currency").trim(),
                new BigDecimal(rs.getString("revenue")), new BigDecimal(rs.getString("pool")),
                rs.getString("reported_by"), DatabaseTime.instant(rs, "reported_at"), lines);
    }
}
