package org.guildmark.app.enforcement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.guildmark.app.DatabaseTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Guild membership of organizations and registered people. A registered organization or person is a member in
 * good standing until a sanction says otherwise; the status is always the fold of the appended
 * {@code membership_event}s: suspended until a day (reinstated after it), or expelled for good.
 */
@Repository
public class Memberships {

    /** Where a member stands. */
    public enum Standing {
        GOOD_STANDING("in good standing"), SUSPENDED("suspended"), EXPELLED("expelled");

        private final String label;

        Standing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A member's status at an instant: standing, since when and, for a suspension, until when. */
    public record Status(Standing standing, Instant since, Instant until) {
    }

    /** One change of a member's status. */
    public record Event(UUID id, UUID organization, UUID person, String kind, UUID sanction, Instant until,
            String reason, Instant at) {
    }

    private final JdbcClient jdbc;

    Memberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Status ofOrganization(UUID organization, Instant at) {
        return fold(history("organization_id", organization), at);
    }

    public Status ofPerson(UUID person, Instant at) {
        return fold(history("person_id", person), at);
    }

    public List<Event> historyOfOrganization(UUID organization) {
        return history("organization_id", organization);
    }

    public List<Event> historyOfPerson(UUID person) {
        return history("person_id", person);
    }

    void append(UUID organization, UUID person, String kind, UUID sanction, Instant until, String reason,
            Instant at) {
        jdbc.sql("INSERT INTO membership_event (id, organization_id, person_id, kind, sanction_id, suspended_until, "
                        + "reason, at) VALUES (:id, :o, :p, :k, :s, :u, :r, :at)")
                .param("id", UUID.randomUUID()).param("o", organization).param("p", person).param("k", kind)
                .param("s", sanction).param("u", DatabaseTime.utc(until)).param("r", reason).param("at", DatabaseTime.utc(at))
                .update();
    }

    static Status fold(List<Event> events, Instant at) {
        Status status = new Status(Standing.GOOD_STANDING, null, null);
        for (Event e : events) {
            if (e.at().isAfter(at)) {
                break;
            }
            status = switch (e.kind()) {
                case "expelled" -> new Status(Standing.EXPELLED, e.at(), null);
                case "suspended" -> status.standing() == Standing.EXPELLED ? status
                        : new Status(Standing.SUSPENDED, e.at(), e.until());
                default -> status.standing() == Standing.EXPELLED ? status
                        : new Status(Standing.GOOD_STANDING, e.at(), null);
            };
        }
        if (status.standing() == Standing.SUSPENDED && status.until() != null && !at.isBefore(status.until())) {
            return new Status(Standing.GOOD_STANDING, status.until(), null);
        }
        return status;
    }

    private List<Event> history(String column, UUID member) {
        return jdbc.sql("SELECT * FROM membership_event WHERE " + column + " = :m ORDER BY at, id")
                .param("m", member).query(Memberships::row).list();
    }

    private static Event row(ResultSet rs, int n) throws SQLException {
        return new Event(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getObject("person_id", UUID.class), rs.getString("kind"), rs.getObject("sanction_id", UUID.class),
                DatabaseTime.instant(rs, "suspended_until"), rs.getString("reason"), DatabaseTime.instant(rs, "at"));
    }
}
