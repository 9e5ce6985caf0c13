package org.guildmark.app.certification;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.guildmark.app.DatabaseTime;
import org.guildmark.core.trust.status.StatusBitstring;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Certificates, their events and the holds that suspend them. A certificate's row changes in one column only,
 * {@code state}, always together with an appended event.
 */
@Repository
class Certificates {

    /** Half of a list: beyond it a random free slot gets slow to find, so a new list starts. */
    static final int SLOTS_PER_LIST = StatusBitstring.MINIMUM_BITS / 2;

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    Certificates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A free status slot: (list, index). Indexes are random within the list, so a certificate's position tells
     * nothing about when it was issued or which production it is (W3C Bitstring Status List, "herd privacy").
     * The caller holds the lock taken by {@link #lockSlots}.
     */
    int[] freeSlot() {
        Integer list = jdbc.sql("SELECT MAX(status_list) FROM certificate").query(Integer.class).optional()
                .orElse(null);
        int current = list == null ? 1 : list;
        List<Integer> taken = jdbc.sql("SELECT status_index FROM certificate WHERE status_list = :l")
                .param("l", current).query(Integer.class).list();
        if (taken.size() >= SLOTS_PER_LIST) {
            current++;
            taken = List.of();
        }
        BitSet used = new BitSet(StatusBitstring.MINIMUM_BITS);
        taken.forEach(used::set);
        int index;
        do {
            index = random.nextInt(StatusBitstring.MINIMUM_BITS);
        } while (used.get(index));
        return new int[] {current, index};
    }

    /** Serializes slot allocation across nodes until the caller's transaction ends. */
    void lockSlots() {
        jdbc.sql("SELECT id FROM certificate_slot_lock WHERE id = 1 FOR UPDATE").query(Integer.class).list();
    }

    void insert(Certificate c) {
        jdbc.sql("""
                INSERT INTO certificate (id, submission_id, production_id, status_list, status_index, jws, sha256, kid,
                    valid_from, valid_until, state)
                VALUES (:id, :submission, :production, :list, :index, :jws, :sha, :kid, :from, :until, :state)""")
                .param("id", c.id()).param("submission", c.submission()).param("production", c.production())
                .param("list", c.statusList()).param("index", c.statusIndex()).param("jws", c.jws())
                .param("sha", c.sha256()).param("kid", c.kid()).param("from", DatabaseTime.utc(c.validFrom()))
                .param("until", DatabaseTime.utc(c.validUntil())).param("state", c.state().code())
                .update();
    }

    Optional<Certificate> find(String id) {
        return jdbc.sql("SELECT * FROM certificate WHERE id = :id").param("id", id)
                .query(Certificates::certificate).optional();
    }

    Optional<Certificate> ofSubmission(UUID submission) {
        return jdbc.sql("SELECT * FROM certificate WHERE submission_id = :s").param("s", submission)
                .query(Certificates::certificate).optional();
    }

    /** A production's certificates, newest first. */
    List<Certificate> ofProduction(UUID production) {
        return jdbc.sql("SELECT * FROM certificate WHERE production_id = :p ORDER BY valid_from DESC, id")
                .param("p", production).query(Certificates::certificate).list();
    }

    List<Certificate> ofSubmissions(List<UUID> submissions) {
        if (submissions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM certificate WHERE submission_id IN (:s)").param("s", submissions)
                .query(Certificates::certificate).list();
    }

    /** The certificates whose bit in list {@code list} of this purpose is set. */
    List<Integer> indexesIn(int list, Certificate.State state) {
        return jdbc.sql("SELECT status_index FROM certificate WHERE status_list = :l AND state = :s")
                .param("l", list).param("s", state.code()).query(Integer.class).list();
    }

    int lists() {
        return jdbc.sql("SELECT COALESCE(MAX(status_list), 1) FROM certificate").query(Integer.class).single();
    }

    /** Locks the certificate's row for a status change. */
    Optional<Certificate> lock(String id) {
        return jdbc.sql("SELECT * FROM certificate WHERE id = :id FOR UPDATE").param("id", id)
                .query(Certificates::certificate).optional();
    }

    void setState(String id, Certificate.State state) {
        jdbc.sql("UPDATE certificate SET state = :s WHERE id = :id").param("s", state.code()).param("id", id)
                .update();
    }

    void append(CertificateEvent e) {
        jdbc.sql("INSERT INTO certificate_event (id, certificate_id, kind, reason, actor, at) "
                + "VALUES (:id, :c, :k, :r, :a, :at)")
                .param("id", e.id()).param("c", e.certificate()).param("k", e.kind().code()).param("r", e.reason())
                .param("a", e.actor()).param("at", DatabaseTime.utc(e.at())).update();
    }

    List<CertificateEvent> events(String certificate) {
        return jdbc.sql("SELECT * FROM certificate_event WHERE certificate_id = :c ORDER BY at, id")
                .param("c", certificate)
                .query((rs, row) -> new CertificateEvent(rs.getObject("id", UUID.class), rs.getString("certificate_id"),
                        CertificateEvent.Kind.ofCode(rs.getString("kind")), rs.getString("reason"),
                        rs.getString("actor"), DatabaseTime.instant(rs, "at")))
                .list();
    }

    // ----- holds

    UUID openHold(String certificate, HoldCause cause, String reference, List<UUID> obligations, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO certificate_hold (id, certificate_id, cause, reference, opened_at) "
                + "VALUES (:id, :c, :cause, :ref, :at)")
                .param("id", id).param("c", certificate).param("cause", cause.code()).param("ref", reference)
                .param("at", DatabaseTime.utc(at)).update();
        for (UUID obligation : obligations) {
            jdbc.sql("INSERT INTO certificate_hold_obligation (hold_id, obligation_id) VALUES (:h, :o)")
                    .param("h", id).param("o", obligation).update();
        }
        return id;
    }

    /** Adds obligations to an open hold (a use reported after the withdrawal owes a deletion too). */
    void addObligations(UUID hold, List<UUID> obligations) {
        for (UUID obligation : obligations) {
            boolean there = jdbc.sql("SELECT COUNT(*) FROM certificate_hold_obligation WHERE hold_id = :h "
                    + "AND obligation_id = :o").param("h", hold).param("o", obligation).query(Long.class).single() > 0;
            if (!there) {
                jdbc.sql("INSERT INTO certificate_hold_obligation (hold_id, obligation_id) VALUES (:h, :o)")
                        .param("h", hold).param("o", obligation).update();
            }
        }
    }

    List<Hold> openHolds(String certificate) {
        return jdbc.sql("SELECT * FROM certificate_hold WHERE certificate_id = :c AND released_at IS NULL "
                + "ORDER BY opened_at, id").param("c", certificate).query(this::hold).list();
    }

    List<Hold> holds(String certificate) {
        return jdbc.sql("SELECT * FROM certificate_hold WHERE certificate_id = :c ORDER BY opened_at, id")
                .param("c", certificate).query(this::hold).list();
    }

    /** Marks the obligation confirmed in every hold waiting for it; returns the holds it touched. */
    List<UUID> confirmObligation(UUID obligation, Instant at) {
        List<UUID> holds = jdbc.sql("SELECT hold_id FROM certificate_hold_obligation WHERE obligation_id = :o "
                + "AND confirmed_at IS NULL").param("o", obligation).query(UUID.class).list();
        jdbc.sql("UPDATE certificate_hold_obligation SET confirmed_at = :at WHERE obligation_id = :o "
                + "AND confirmed_at IS NULL").param("o", obligation).param("at", DatabaseTime.utc(at)).update();
        return holds;
    }

    Optional<String> certificateOfHold(UUID hold) {
        return jdbc.sql("SELECT certificate_id FROM certificate_hold WHERE id = :h").param("h", hold)
                .query(String.class).optional();
    }

    void release(UUID hold, Instant at) {
        jdbc.sql("UPDATE certificate_hold SET released_at = :at WHERE id = :h AND released_at IS NULL")
                .param("h", hold).param("at", DatabaseTime.utc(at)).update();
    }

    private Hold hold(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Hold.Owed> owed = jdbc.sql("SELECT obligation_id, confirmed_at FROM certificate_hold_obligation "
                + "WHERE hold_id = :h ORDER BY obligation_id").param("h", id)
                .query((r, n) -> new Hold.Owed(r.getObject(1, UUID.class), DatabaseTime.instant(r, "confirmed_at")))
                .list();
        return new Hold(id, rs.getString("certificate_id"), HoldCause.ofCode(rs.getString("cause")),
                rs.getString("reference"), DatabaseTime.instant(rs, "opened_at"), DatabaseTime.instant(rs, "released_at"), owed);
    }

    private static Certificate certificate(ResultSet rs, int row) throws SQLException {
        return new Certificate(rs.getString("id"), rs.getObject("submission_id", UUID.class),
                rs.getObject("production_id", UUID.class), rs.getInt("status_list"), rs.getInt("status_index"),
                rs.getString("jws"), rs.getString("sha256"), rs.getString("kid"), DatabaseTime.instant(rs, "valid_from"),
                DatabaseTime.instant(rs, "valid_until"), Certificate.State.ofCode(rs.getString("state")));
    }
}
