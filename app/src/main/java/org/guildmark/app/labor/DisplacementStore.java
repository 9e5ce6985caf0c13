package org.guildmark.app.labor;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.guildmark.app.DatabaseTime;
import org.guildmark.core.dossier.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Displacements, the support promised and its delivery, and which Locals a researcher reads. Insert only. */
@Repository
class DisplacementStore {

    private final JdbcClient jdbc;

    DisplacementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Displacement d) {
        jdbc.sql("""
                INSERT INTO displacement (id, production_id, role, department, union_local, workers, displaced_on,
                    union_notified_on, note, recorded_by, recorded_at)
                VALUES (:id, :p, :role, :department, :local, :workers, :on, :notified, :note, :by, :at)""")
                .param("id", d.id()).param("p", d.production()).param("role", d.role())
                .param("department", d.department()).param("local", d.unionLocal()).param("workers", d.workers())
                .param("on", d.displacedOn()).param("notified", d.unionNotifiedOn()).param("note", d.note())
                .param("by", d.recordedBy()).param("at", DatabaseTime.utc(d.recordedAt())).update();
    }

    void insert(Displacement.Support s) {
        jdbc.sql("""
                INSERT INTO displacement_support (id, displacement_id, kind, description, workers, amount, currency,
                    due_on, promised_by, promised_at)
                VALUES (:id, :d, :kind, :description, :workers, :amount, :currency, :due, :by, :at)""")
                .param("id", s.id()).param("d", s.displacement()).param("kind", s.kind().code())
                .param("description", s.description()).param("workers", s.workers())
                .param("amount", s.amount() == null ? null : s.amount().amount().toPlainString())
                .param("currency", s.amount() == null ? null : s.amount().currency())
                .param("due", s.dueOn()).param("by", s.promisedBy())
                .param("at", DatabaseTime.utc(s.promisedAt())).update();
    }

    /** False when the support was confirmed delivered already (the first confirmation stands). */
    boolean deliver(UUID support, Displacement.Delivery d) {
        jdbc.sql("SELECT id FROM displacement_support WHERE id = :id FOR UPDATE").param("id", support)
                .query(UUID.class).optional();
        if (jdbc.sql("SELECT COUNT(*) FROM support_delivery WHERE support_id = :s").param("s", support)
                .query(Long.class).single() > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO support_delivery (support_id, delivered_on, note, recorded_by, recorded_at) "
                + "VALUES (:s, :on, :note, :by, :at)")
                .param("s", support).param("on", d.deliveredOn()).param("note", d.note())
                .param("by", d.recordedBy()).param("at", DatabaseTime.utc(d.recordedAt())).update();
        return true;
    }

    Optional<Displacement> find(UUID id) {
        return jdbc.sql("SELECT * FROM displacement WHERE id = :id").param("id", id).query(this::row).optional();
    }

    Optional<UUID> displacementOf(UUID support) {
        return jdbc.sql("SELECT displacement_id FROM displacement_support WHERE id = :id").param("id", support)
                .query(UUID.class).optional();
    }

    List<Displacement> ofProduction(UUID production) {
        return jdbc.sql("SELECT * FROM displacement WHERE production_id = :p ORDER BY displaced_on DESC, id")
                .param("p", production).query(this::row).list();
    }

    /** Every displacement naming one of {@code locals} (compared without case), latest first. */
    List<Displacement> ofLocals(List<String> locals) {
        if (locals.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM displacement WHERE LOWER(union_local) IN (:locals) "
                + "ORDER BY union_local, displaced_on DESC, id")
                .param("locals", locals.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList())
                .query(this::row).list();
    }

    /** Every Local any displacement names, as first written. */
    List<String> locals() {
        return jdbc.sql("SELECT DISTINCT union_local FROM displacement WHERE union_local IS NOT NULL "
                + "ORDER BY union_local").query(String.class).list();
    }

    List<Displacement> all() {
        return jdbc.sql("SELECT * FROM displacement ORDER BY displaced_on, id").query(this::row).list();
    }

    void grantLocal(String username, String local, String by, Instant at) {
        jdbc.sql("INSERT INTO union_local_reader (username, union_local, granted_by, granted_at) "
                + "VALUES (:u, :l, :by, :at)")
                .param("u", username).param("l", local).param("by", by).param("at", DatabaseTime.utc(at))
                .update();
    }

    boolean revokeLocal(String username, String local) {
        return jdbc.sql("DELETE FROM union_local_reader WHERE username = :u AND union_local = :l")
                .param("u", username).param("l", local).update() > 0;
    }

    List<String> localsOf(String username) {
        return jdbc.sql("SELECT union_local FROM union_local_reader WHERE username = :u ORDER BY union_local")
                .param("u", username).query(String.class).list();
    }

    /** Every grant as {username, local}. */
    List<String[]> readers() {
        return jdbc.sql("SELECT username, union_local FROM union_local_reader ORDER BY username, union_local")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    private Displacement row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Displacement.Support> support = jdbc.sql("""
                        SELECT s.*, d.delivered_on, d.note AS delivery_note, d.recorded_by AS delivered_by,
                            d.recorded_at AS delivered_at
                        FROM displacement_support s LEFT JOIN support_delivery d ON d.support_id = s.id
                        WHERE s.displacement_id = :d ORDER BY s.due_on, s.id""")
                .param("d", id).query(DisplacementStore::support).list();
        return new Displacement(id, rs.getObject("production_id", UUID.class), rs.getString("role"),
                rs.getString("department"), rs.getString("union_local"), rs.getInt("workers"),
                rs.getObject("displaced_on", LocalDate.class), rs.getObject("union_notified_on", LocalDate.class),
                rs.getString("note"), rs.getString("recorded_by"), DatabaseTime.instant(rs, "recorded_at"),
                support);
    }

    private static Displacement.Support support(ResultSet rs, int n) throws SQLException {
        String amount = rs.getString("amount");
        LocalDate delivered = rs.getObject("delivered_on", LocalDate.class);
        return new Displacement.Support(rs.getObject("id", UUID.class), rs.getObject("displacement_id", UUID.class),
                SupportKind.ofCode(rs.getString("kind")).orElseThrow(), rs.getString("description"),
                rs.getInt("workers"), amount == null ? null : new Money(new BigDecimal(amount),
                        rs.getString("currency").trim()),
                rs.getObject("due_on", LocalDate.class), rs.getString("promised_by"),
                DatabaseTime.instant(rs, "promised_at"),
                delivered == null ? null : new Displacement.Delivery(delivered, rs.getString("delivery_note"),
                        rs.getString("delivered_by"), DatabaseTime.instant(rs, "delivered_at")));
    }
}
