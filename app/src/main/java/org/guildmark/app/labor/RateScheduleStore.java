package org.guildmark.app.labor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.guildmark.app.DatabaseTime;
import org.guildmark.core.dossier.Enums.RateUnit;
import org.guildmark.core.dossier.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rate schedules, their versions and rates. Insert only: a version, once stored, is never changed. */
@Repository
class RateScheduleStore {

    private final JdbcClient jdbc;

    RateScheduleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(GuildRateSchedule s) {
        jdbc.sql("INSERT INTO rate_schedule (id, code, title, created_by, created_at) "
                + "VALUES (:id, :code, :title, :by, :at)")
                .param("id", s.id()).param("code", s.code()).param("title", s.title())
                .param("by", s.createdBy()).param("at", DatabaseTime.utc(s.createdAt())).update();
    }

    Optional<GuildRateSchedule> find(String code) {
        return jdbc.sql("SELECT * FROM rate_schedule WHERE code = :code").param("code", code)
                .query(RateScheduleStore::schedule).optional();
    }

    List<GuildRateSchedule> all() {
        return jdbc.sql("SELECT * FROM rate_schedule ORDER BY code").query(RateScheduleStore::schedule).list();
    }

    /** Locks the schedule's row so two imports at once get consecutive version numbers. */
    int nextVersion(UUID schedule) {
        jdbc.sql("SELECT id FROM rate_schedule WHERE id = :id FOR UPDATE").param("id", schedule)
                .query(UUID.class).optional();
        return jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM rate_schedule_version WHERE schedule_id = :s")
                .param("s", schedule).query(Integer.class).single();
    }

    void insert(RateScheduleVersion v, List<MinimumRate> rates) {
        jdbc.sql("""
                INSERT INTO rate_schedule_version (id, schedule_id, number, effective_from, note, file_name,
                    imported_by, imported_at)
                VALUES (:id, :schedule, :number, :from, :note, :file, :by, :at)""")
                .param("id", v.id()).param("schedule", v.schedule()).param("number", v.number())
                .param("from", v.effectiveFrom()).param("note", v.note()).param("file", v.fileName())
                .param("by", v.importedBy()).param("at", DatabaseTime.utc(v.importedAt())).update();
        for (MinimumRate r : rates) {
            jdbc.sql("""
                    INSERT INTO rate_schedule_rate (version_id, line, role, role_kind, unit, tier, currency, minimum,
                        valid_from, valid_until)
                    VALUES (:v, :line, :role, :kind, :unit, :tier, :currency, :minimum, :from, :until)""")
                    .param("v", v.id()).param("line", r.line()).param("role", r.role())
                    .param("kind", r.kind().code()).param("unit", RateCsv.code(r.unit())).param("tier", r.tier())
                    .param("currency", r.minimum().currency())
                    .param("minimum", r.minimum().amount().toPlainString())
                    .param("from", r.validFrom()).param("until", r.validUntil()).update();
        }
    }

    /** A schedule's versions, oldest first. */
    List<RateScheduleVersion> versions(UUID schedule) {
        return jdbc.sql("SELECT * FROM rate_schedule_version WHERE schedule_id = :s ORDER BY number")
                .param("s", schedule).query(RateScheduleStore::version).list();
    }

    List<MinimumRate> rates(UUID version) {
        return jdbc.sql("SELECT * FROM rate_schedule_rate WHERE version_id = :v ORDER BY line")
                .param("v", version).query(RateScheduleStore::rate).list();
    }

    private static GuildRateSchedule schedule(ResultSet rs, int row) throws SQLException {
        return new GuildRateSchedule(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("title"),
                rs.getString("created_by"), DatabaseTime.instant(rs, "created_at"));
    }

    private static RateScheduleVersion version(ResultSet rs, int row) throws SQLException {
        return new RateScheduleVersion(rs.getObject("id", UUID.class), rs.getObject("schedule_id", UUID.class),
                rs.getInt("number"), rs.getObject("effective_from", LocalDate.class), rs.getString("note"),
                rs.getString("file_name"), rs.getString("imported_by"), DatabaseTime.instant(rs, "imported_at"));
    }

    private static MinimumRate rate(ResultSet rs, int row) throws SQLException {
        return new MinimumRate(rs.getInt("line"), rs.getString("role"),
                RoleKind.ofCode(rs.getString("role_kind")).orElseThrow(),
                RateUnit.valueOf(rs.getString("unit").toUpperCase(java.util.Locale.ROOT)), rs.getString("tier"),
                new Money(new java.math.BigDecimal(rs.getString("minimum")), rs.getString("currency")),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class));
    }
}
