package org.guildmark.app.consent;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.guildmark.core.dossier.Consent;
import org.guildmark.core.dossier.Enums.ApprovalRelation;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.PersonCategory;
import org.guildmark.core.dossier.Enums.Purpose;
import org.guildmark.core.dossier.Person;
import org.guildmark.core.dossier.Wire;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what checks need from the registry's tables, for many people at once: their grants to the grantees asked
 * about, each with its aspects, purposes, models, approvals and status history, and the people's categories. One
 * statement for the grants whatever the batch size, and one for the productions it names.
 *
 * <p>Read-only over the registry's schema (V1); the registry module owns and writes these tables.
 */
@Repository
class CandidateConsents {

    /** A production as a check needs it. */
    record Production(UUID id, String code, UUID organization) {
    }

    /** One status change: what it set and from when. */
    record StatusChange(String status, Instant effectiveAt) {
    }

    /**
     * A grant as core's model sees it, with its grantee and history (in recording order), and the status it is
     * being ended to when a withdrawal, revocation or invalidation was committing as it was read (else null).
     */
    record Candidate(Consent consent, UUID grantee, List<StatusChange> history, String ending) {

        /**
         * The status in force at {@code at}: the latest change effective at or before it (of two effective at the
         * same instant, the one recorded later); null before the grant's first change.
         */
        String statusAt(Instant at) {
            StatusChange inForce = null;
            for (StatusChange change : history) {
                if (!change.effectiveAt().isAfter(at)
                        && (inForce == null || !change.effectiveAt().isBefore(inForce.effectiveAt()))) {
                    inForce = change;
                }
            }
            return inForce == null ? null : inForce.status();
        }
    }

    /** The people asked about and their candidate grants. */
    record Loaded(Map<UUID, Person> people, Map<UUID, List<Candidate>> grants) {

        List<Candidate> of(UUID person) {
            return grants.getOrDefault(person, List.of());
        }
    }

    /**
     * The grants of the people asked about to the grantees asked about, with their people, in one statement: the
     * child rows come as aggregates per grant (codes joined by spaces, the history as {@code status micros} pairs,
     * each approval as {@code relation epoch-seconds approved-by} with the free text last), and the sets are bound
     * as arrays ({@code = ANY(?)}), so the statement's text is the same for every batch and PostgreSQL prepares it
     * once. One statement also reads one snapshot, so the grant, its ending mark and its history agree without a
     * transaction. {@code EXTRACT(EPOCH ...)} is exact on both databases and, unlike a date cast to text,
     * independent of the server's date style and time zone. A general grant's models are not read: a check names no
     * model, and the evaluator does not look at them.
     */
    private static final String CANDIDATES = """
            SELECT g.id, g.person_id, g.grantee_id, g.granted_by, g.given_on, g.scope_production_id, g.scope_general,
                g.valid_from, g.valid_until, g.ending_status, p.category, p.date_of_birth, p.date_of_death,
                (SELECT STRING_AGG(a.aspect, ' ') FROM consent_grant_aspect a WHERE a.grant_id = g.id) AS aspects,
                (SELECT STRING_AGG(u.purpose, ' ') FROM consent_grant_purpose u WHERE u.grant_id = g.id) AS purposes,
                (SELECT ARRAY_AGG(r.relation || ' ' || CAST(CAST(EXTRACT(EPOCH FROM r.approved_on) AS BIGINT)
                        AS VARCHAR(24)) || ' ' || r.approved_by ORDER BY r.id)
                    FROM consent_approval r WHERE r.grant_id = g.id) AS approvals,
                (SELECT STRING_AGG(e.status || ' '
                        || CAST(CAST(EXTRACT(EPOCH FROM e.effective_at) * 1000000 AS BIGINT) AS VARCHAR(24)), ','
                        ORDER BY e.id)
                    FROM consent_event e WHERE e.grant_id = g.id) AS history
            FROM consent_grant g JOIN person p ON p.id = g.person_id
            WHERE g.person_id = ANY(:people) AND g.grantee_id = ANY(:grantees)
            ORDER BY g.created_at, g.id""";

    private static final String PRODUCTIONS =
            "SELECT id, code, organization_id FROM production WHERE id = ANY(:ids) OR code = ANY(:codes)";

    private final JdbcClient jdbc;

    CandidateConsents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The productions named by id or code, by each name they were asked by; unknown names are left out. */
    Map<String, Production> productions(Collection<String> references) {
        List<UUID> ids = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (String reference : references) {
            UUID id = uuidOrNull(reference);
            if (id != null) {
                ids.add(id);
            } else {
                codes.add(reference);
            }
        }
        Map<UUID, Production> byId = new HashMap<>();
        Map<String, Production> byCode = new HashMap<>();
        jdbc.sql(PRODUCTIONS)
                .param("ids", SqlArrays.of("uuid", ids))
                .param("codes", SqlArrays.of("varchar", codes))
                .query(CandidateConsents::production)
                .list()
                .forEach(p -> {
                    byId.put(p.id(), p);
                    byCode.put(p.code(), p);
                });
        // A reference matches the way it was written: by its id (in any case), or by its code.
        Map<String, Production> byReference = new HashMap<>();
        for (String reference : references) {
            UUID id = uuidOrNull(reference);
            Production p = id != null ? byId.get(id) : byCode.get(reference);
            if (p != null) {
                byReference.put(reference, p);
            }
        }
        return byReference;
    }

    /** The grants of these people to these grantees, oldest first, and the people who hold any. */
    Loaded load(Set<UUID> people, Set<UUID> grantees) {
        if (people.isEmpty() || grantees.isEmpty()) {
            return new Loaded(Map.of(), Map.of());
        }
        Map<UUID, Person> subjects = new HashMap<>();
        Map<UUID, List<Candidate>> byPerson = new HashMap<>();
        jdbc.sql(CANDIDATES)
                .param("people", SqlArrays.of("uuid", people))
                .param("grantees", SqlArrays.of("uuid", grantees))
                .query((rs, n) -> {
                    UUID person = rs.getObject("person_id", UUID.class);
                    // The evaluator needs only the category and dates; no name leaves the registry here.
                    subjects.computeIfAbsent(person, id -> subject(id, rs));
                    byPerson.computeIfAbsent(person, any -> new ArrayList<>()).add(candidate(person, rs));
                    return person;
                })
                .list();
        return new Loaded(subjects, byPerson);
    }

    private static Person subject(UUID id, ResultSet rs) {
        try {
            return new Person(0, id.toString(), id.toString(), PERSON_CATEGORIES.of(rs.getString("category")),
                    rs.getObject("date_of_birth", LocalDate.class), rs.getObject("date_of_death", LocalDate.class),
                    List.of(), null);
        } catch (SQLException e) {
            throw new IllegalStateException("reading a person's category", e);
        }
    }

    /**
     * Core's consent: a production scope names the production by its registry id. Compensation, revocation,
     * deletion and informed terms and a general grant's models do not decide a check and are left out; the status
     * lives in the history.
     */
    private static Candidate candidate(UUID person, ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID scopeProduction = rs.getObject("scope_production_id", UUID.class);
        LocalDate validFrom = rs.getObject("valid_from", LocalDate.class);
        Consent consent = new Consent(0, id.toString(), person.toString(), rs.getString("granted_by"),
                rs.getObject("given_on", LocalDate.class), ASPECTS.all(rs.getString("aspects")),
                PURPOSES.all(rs.getString("purposes")),
                new Consent.Scope(scopeProduction == null ? null : scopeProduction.toString(),
                        rs.getBoolean("scope_general"), List.of()),
                validFrom, rs.getObject("valid_until", LocalDate.class), null, null, null, null, approvals(rs),
                null);
        return new Candidate(consent, rs.getObject("grantee_id", UUID.class), history(rs.getString("history")),
                rs.getString("ending_status"));
    }

    private static List<Consent.Approval> approvals(ResultSet rs) throws SQLException {
        Object[] aggregates = elements(rs.getArray("approvals"));
        if (aggregates.length == 0) {
            return List.of();
        }
        List<Consent.Approval> approvals = new ArrayList<>(aggregates.length);
        for (Object aggregate : aggregates) {
            approvals.add(approval((String) aggregate));
        }
        return List.copyOf(approvals);
    }

    /** {@code guardian 1772582400 Karin Sand}: the relation, the day as epoch seconds, then who approved. */
    static Consent.Approval approval(String aggregate) {
        int first = aggregate.indexOf(' ');
        int second = aggregate.indexOf(' ', first + 1);
        long seconds = Long.parseLong(aggregate, first + 1, second, 10);
        return new Consent.Approval(aggregate.substring(second + 1),
                APPROVAL_RELATIONS.of(aggregate.substring(0, first)),
                LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L)));
    }

    /** {@code given 1767261600000000,withdrawn 1769940000000000}: status and effective instant in microseconds. */
    static List<StatusChange> history(String aggregate) {
        if (aggregate == null || aggregate.isEmpty()) {
            return List.of();
        }
        List<StatusChange> history = new ArrayList<>(2);
        int from = 0;
        while (from < aggregate.length()) {
            int comma = aggregate.indexOf(',', from);
            int end = comma < 0 ? aggregate.length() : comma;
            int space = aggregate.indexOf(' ', from);
            long micros = Long.parseLong(aggregate, space + 1, end, 10);
            Instant effective = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                    Math.floorMod(micros, 1_000_000L) * 1000L);
            history.add(new StatusChange(aggregate.substring(from, space), effective));
            from = end + 1;
        }
        return List.copyOf(history);
    }

    private static Object[] elements(Array array) throws SQLException {
        if (array == null) {
            return new Object[0];
        }
        try {
            return (Object[]) array.getArray();
        } finally {
            array.free();
        }
    }

    private static Production production(ResultSet rs, int n) throws SQLException {
        return new Production(rs.getObject("id", UUID.class), rs.getString("code"),
                rs.getObject("organization_id", UUID.class));
    }

    private static UUID uuidOrNull(String reference) {
        try {
            return UUID.fromString(reference);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static final Codes<Aspect> ASPECTS = new Codes<>(Aspect.class);
    private static final Codes<Purpose> PURPOSES = new Codes<>(Purpose.class);
    private static final Codes<ApprovalRelation> APPROVAL_RELATIONS = new Codes<>(ApprovalRelation.class);
    private static final Codes<PersonCategory> PERSON_CATEGORIES = new Codes<>(PersonCategory.class);

    /** The stored codes of an enum ({@link Wire#code}), looked up in a map rather than by scanning the constants. */
    private static final class Codes<E extends Enum<E>> {
        private final Class<E> type;
        private final Map<String, E> byCode = new HashMap<>();

        Codes(Class<E> type) {
            this.type = type;
            for (E constant : type.getEnumConstants()) {
                byCode.put(Wire.code(constant), constant);
            }
        }

        E of(String code) {
            E constant = byCode.get(code);
            if (constant == null) {
                throw new IllegalStateException("stored " + type.getSimpleName() + " code not known: " + code);
            }
            return constant;
        }

        /** The codes of a space-separated aggregate; an empty set for none. */
        Set<E> all(String aggregate) {
            EnumSet<E> all = EnumSet.noneOf(type);
            if (aggregate != null) {
                int from = 0;
                while (from < aggregate.length()) {
                    int space = aggregate.indexOf(' ', from);
                    int end = space < 0 ? aggregate.length() : space;
                    all.add(of(aggregate.substring(from, end)));
                    from = end + 1;
                }
            }
            return Set.copyOf(all);
        }
    }
}
