package org.guildmark.app.certification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.guildmark.app.DatabaseTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Submissions, the grants and justifications they carry, and the officers' decisions on them. Insert only. */
@Repository
class Submissions {

    private final JdbcClient jdbc;

    Submissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the production's row so two submissions of it at once get consecutive versions. */
    int nextVersion(UUID production) {
        jdbc.sql("SELECT id FROM production WHERE id = :id FOR UPDATE").param("id", production)
                .query(UUID.class).optional();
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM submission WHERE production_id = :id")
                .param("id", production).query(Integer.class).single();
    }

    void insert(Submission s, Set<UUID> grants) {
        jdbc.sql("""
                INSERT INTO submission (id, production_id, version, file_name, dossier_sha256, report_sha256,
                    dossier_production, title, code_version, adl, adl_display, certifiable, adl_explanation,
                    disclosure_sha256, credits_sha256, submitted_by, submitted_at)
                VALUES (:id, :production, :version, :fileName, :dossier, :report, :dossierProduction, :title,
                    :codeVersion, :adl, :adlDisplay, :certifiable, :explanation, :disclosure, :credits, :by, :at)""")
                .param("id", s.id())
                .param("production", s.production())
                .param("version", s.version())
                .param("fileName", s.fileName())
                .param("dossier", s.dossierSha256())
                .param("report", s.reportSha256())
                .param("dossierProduction", s.dossierProduction())
                .param("title", s.title())
                .param("codeVersion", s.codeVersion())
                .param("adl", s.adl())
                .param("adlDisplay", s.adlDisplay())
                .param("certifiable", s.certifiable())
                .param("explanation", s.adlExplanation())
                .param("disclosure", s.disclosureSha256())
                .param("credits", s.creditsSha256())
                .param("by", s.submittedBy())
                .param("at", DatabaseTime.utc(s.submittedAt()))
                .update();
        for (UUID grant : grants) {
            jdbc.sql("INSERT INTO submission_grant (submission_id, grant_id) VALUES (:s, :g)")
                    .param("s", s.id()).param("g", grant).update();
        }
    }

    Optional<Submission> find(UUID id) {
        return jdbc.sql("SELECT * FROM submission WHERE id = :id").param("id", id)
                .query(Submissions::submission).optional();
    }

    /** A production's submissions, latest version first. */
    List<Submission> ofProduction(UUID production) {
        return jdbc.sql("SELECT * FROM submission WHERE production_id = :p ORDER BY version DESC")
                .param("p", production).query(Submissions::submission).list();
    }

    /** The latest version of every production, most recently submitted first. */
    List<Submission> latestVersions(int limit, int offset) {
        return jdbc.sql("""
                SELECT s.* FROM submission s
                WHERE s.version = (SELECT MAX(v.version) FROM submission v WHERE v.production_id = s.production_id)
                ORDER BY s.submitted_at DESC, s.id LIMIT :limit OFFSET :offset""")
                .param("limit", limit).param("offset", offset)
                .query(Submissions::submission).list();
    }

    int latestVersion(UUID production) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM submission WHERE production_id = :p")
                .param("p", production).query(Integer.class).single();
    }

    /** The submissions that rest on {@code grant}. */
    List<UUID> relyingOn(UUID grant) {
        return jdbc.sql("SELECT submission_id FROM submission_grant WHERE grant_id = :g")
                .param("g", grant).query(UUID.class).list();
    }

    Set<UUID> grants(UUID submission) {
        return Set.copyOf(jdbc.sql("SELECT grant_id FROM submission_grant WHERE submission_id = :s")
                .param("s", submission).query(UUID.class).list());
    }

    /** Justifications by finding id, in the order given. */
    Map<String, String> justifications(UUID submission) {
        Map<String, String> byFinding = new LinkedHashMap<>();
        jdbc.sql("SELECT finding_id, justification FROM submission_justification WHERE submission_id = :s "
                + "ORDER BY finding_id")
                .param("s", submission)
                .query((rs, row) -> byFinding.put(rs.getString(1), rs.getString(2))).list();
        return byFinding;
    }

    /** False when the finding was justified already. */
    boolean justify(UUID submission, String finding, String justification) {
        boolean there = jdbc.sql("SELECT COUNT(*) FROM submission_justification WHERE submission_id = :s "
                + "AND finding_id = :f").param("s", submission).param("f", finding).query(Long.class).single() > 0;
        if (there) {
            return false;
        }
        jdbc.sql("INSERT INTO submission_justification (submission_id, finding_id, justification) "
                + "VALUES (:s, :f, :j)").param("s", submission).param("f", finding).param("j", justification).update();
        return true;
    }

    List<ReviewDecision> decisions(UUID submission) {
        return jdbc.sql("SELECT * FROM review_decision WHERE submission_id = :s ORDER BY decided_at, id")
                .param("s", submission)
                .query((rs, row) -> new ReviewDecision(rs.getObject("id", UUID.class),
                        rs.getObject("submission_id", UUID.class),
                        ReviewDecision.Verdict.ofCode(rs.getString("decision")), rs.getString("officer"),
                        rs.getString("reasons"), DatabaseTime.instant(rs, "decided_at")))
                .list();
    }

    /** Locks the submission for a decision, so two officers deciding at once are taken one after the other. */
    void lock(UUID submission) {
        jdbc.sql("SELECT id FROM submission WHERE id = :id FOR UPDATE").param("id", submission)
                .query(UUID.class).optional();
    }

    void decide(ReviewDecision d) {
        jdbc.sql("INSERT INTO review_decision (id, submission_id, decision, officer, reasons, decided_at) "
                + "VALUES (:id, :s, :d, :o, :r, :at)")
                .param("id", d.id()).param("s", d.submission()).param("d", d.verdict().code())
                .param("o", d.officer()).param("r", d.reasons()).param("at", DatabaseTime.utc(d.decidedAt()))
                .update();
    }

    private static Submission submission(ResultSet rs, int row) throws SQLException {
        Object adl = rs.getObject("adl");
        Instant at = DatabaseTime.instant(rs, "submitted_at");
        return new Submission(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
                rs.getInt("version"), rs.getString("file_name"), rs.getString("dossier_sha256"),
                rs.getString("report_sha256"), rs.getString("dossier_production"), rs.getString("title"),
                rs.getString("code_version"), adl == null ? null : ((Number) adl).intValue(),
                rs.getString("adl_display"), rs.getBoolean("certifiable"), rs.getString("adl_explanation"),
                rs.getString("disclosure_sha256"), rs.getString("credits_sha256"), rs.getString("submitted_by"), at);
    }
}
