package org.guildmark.app.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.springframework.transaction.support.TransactionOperations;

/**
 * Reads what checks need from the registry's tables, for many people at once: their grants to the grantees asked
 * about, each with its aspects, purposes, models, approvals and status history, and the people's categories. A
 * fixed number of queries whatever the batch size (one per table), in one transaction so they agree.
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

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;

    CandidateConsents(JdbcClient jdbc, TransactionOperations transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** The productions named by id or code, by each name they were asked by. */
    Map<String, Production> productions(Collection<String> references) {
        List<UUID> ids = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (String reference : references) {
            try {
                ids.add(UUID.fromString(reference));
            } catch (IllegalArgumentException notAnId) {
                codes.add(reference);
            }
        }
        Map<String, Production> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, code, organization_id FROM production WHERE id IN (:ids)")
                    .param("ids", ids)
                    .query(CandidateConsents::production)
                    .list()
                    .forEach(p -> found.put(p.id().toString(), p));
        }
        if (!codes.isEmpty()) {
            jdbc.sql("SELECT id, code, organization_id FROM production WHERE code IN (:codes)")
                    .param("codes", codes)
                    .query(CandidateConsents::production)
                    .list()
                    .forEach(p -> found.put(p.code(), p));
        }
        // A reference matches the way it was written: by its id in lower case, or by its code.
        Map<String, Production> byReference = new HashMap<>();
        for (String reference : references) {
            Production p = found.get(reference);
            if (p == null) {
                try {
                    p = found.get(UUID.fromString(reference).toString());
                } catch (IllegalArgumentException notAnId) {
                    // a code, looked up as such
                }
            }
            if (p != null) {
                byReference.put(reference, p);
            }
        }
        return byReference;
    }

    /** The grants of these people to these grantees, oldest first, and the people themselves. */
    Loaded load(Set<UUID> people, Set<UUID> grantees) {
        if (people.isEmpty() || grantees.isEmpty()) {
            return new Loaded(Map.of(), Map.of());
        }
        return transactions.execute(status -> {
            Map<UUID, Person> subjects = new HashMap<>();
            jdbc.sql("SELECT id, category, date_of_birth, date_of_death FROM person WHERE id IN (:people)")
                    .param("people", people)
                    .query((rs, n) -> {
                        UUID id = rs.getObject("id", UUID.class);
                        // The evaluator needs only the category and dates; no name leaves the registry here.
                        subjects.put(id, new Person(0, id.toString(), id.toString(),
                                code(PersonCategory.class, rs.getString("category")),
                                rs.getObject("date_of_birth", LocalDate.class),
                                rs.getObject("date_of_death", LocalDate.class), List.of(), null));
                        return id;
                    })
                    .list();
            Map<UUID, GrantRow> rows = new LinkedHashMap<>();
            jdbc.sql("""
                    SELECT id, person_id, grantee_id, granted_by, given_on, scope_production_id, scope_general,
                        valid_from, valid_until, ending_status
                    FROM consent_grant WHERE person_id IN (:people) AND grantee_id IN (:grantees)
                    ORDER BY created_at, id""")
                    .param("people", people)
                    .param("grantees", grantees)
                    .query(CandidateConsents::grant)
                    .list()
                    .forEach(row -> rows.put(row.id, row));
            if (rows.isEmpty()) {
                return new Loaded(subjects, Map.of());
            }
            String ofTheseGrants = "grant_id IN (SELECT id FROM consent_grant "
                    + "WHERE person_id IN (:people) AND grantee_id IN (:grantees))";
            children("SELECT grant_id, aspect AS v FROM consent_grant_aspect WHERE " + ofTheseGrants, people,
                    grantees, rows, (row, rs) -> row.aspects.add(code(Aspect.class, rs.getString("v"))));
            children("SELECT grant_id, purpose AS v FROM consent_grant_purpose WHERE " + ofTheseGrants, people,
                    grantees, rows, (row, rs) -> row.purposes.add(code(Purpose.class, rs.getString("v"))));
            children("SELECT grant_id, model AS v FROM consent_grant_model WHERE " + ofTheseGrants
                    + " ORDER BY grant_id, model", people, grantees, rows, (row, rs) -> row.models.add(rs.getString("v")));
            children("SELECT grant_id, approved_by, relation, approved_on FROM consent_approval WHERE "
                    + ofTheseGrants + " ORDER BY id", people, grantees, rows,
                    (row, rs) -> row.approvals.add(new Consent.Approval(rs.getString("approved_by"),
                            code(ApprovalRelation.class, rs.getString("relation")),
                            rs.getObject("approved_on", LocalDate.class))));
            children("SELECT grant_id, status, effective_at FROM consent_event WHERE " + ofTheseGrants
                    + " ORDER BY id", people, grantees, rows,
                    (row, rs) -> row.history.add(new StatusChange(rs.getString("status"),
                            rs.getObject("effective_at", OffsetDateTime.class).toInstant())));
            Map<UUID, List<Candidate>> byPerson = new HashMap<>();
            for (GrantRow row : rows.values()) {
                byPerson.computeIfAbsent(row.person, any -> new ArrayList<>()).add(row.candidate());
            }
            return new Loaded(subjects, byPerson);
        });
    }

    private interface ChildReader {
        void read(GrantRow row, ResultSet rs) throws SQLException;
    }

    private void children(String sql, Set<UUID> people, Set<UUID> grantees, Map<UUID, GrantRow> rows,
            ChildReader reader) {
        jdbc.sql(sql)
                .param("people", people)
                .param("grantees", grantees)
                .query((rs, n) -> {
                    GrantRow row = rows.get(rs.getObject("grant_id", UUID.class));
                    if (row != null) {
                        reader.read(row, rs);
                    }
                    return Boolean.TRUE;
                })
                .list();
    }

    /** A grant row while its child rows are read. */
    private static final class GrantRow {
        final UUID id;
        final UUID person;
        final UUID grantee;
        final String grantedBy;
        final LocalDate givenOn;
        final UUID scopeProduction;
        final boolean general;
        final LocalDate validFrom;
        final LocalDate validUntil;
        final String ending;
        final Set<Aspect> aspects = EnumSet.noneOf(Aspect.class);
        final Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
        final List<String> models = new ArrayList<>();
        final List<Consent.Approval> approvals = new ArrayList<>();
        final List<StatusChange> history = new ArrayList<>();

        GrantRow(ResultSet rs) throws SQLException {
            id = rs.getObject("id", UUID.class);
            person = rs.getObject("person_id", UUID.class);
            grantee = rs.getObject("grantee_id", UUID.class);
            grantedBy = rs.getString("granted_by");
            givenOn = rs.getObject("given_on", LocalDate.class);
            scopeProduction = rs.getObject("scope_production_id", UUID.class);
            general = rs.getBoolean("scope_general");
            validFrom = rs.getObject("valid_from", LocalDate.class);
            validUntil = rs.getObject("valid_until", LocalDate.class);
            ending = rs.getString("ending_status");
        }

        /**
         * Core's consent: a production scope names the production by its registry id. Compensation, revocation,
         * deletion and informed terms do not decide a check and are left out; the status lives in the history.
         */
        Candidate candidate() {
            Consent consent = new Consent(0, id.toString(), person.toString(), grantedBy, givenOn, Set.copyOf(aspects),
                    Set.copyOf(purposes),
                    new Consent.Scope(scopeProduction == null ? null : scopeProduction.toString(), general,
                            List.copyOf(models)),
                    validFrom, validUntil, null, null, null, null, List.copyOf(approvals), null);
            return new Candidate(consent, grantee, List.copyOf(history), ending);
        }
    }

    private static GrantRow grant(ResultSet rs, int n) throws SQLException {
        return new GrantRow(rs);
    }

    private static Production production(ResultSet rs, int n) throws SQLException {
        return new Production(rs.getObject("id", UUID.class), rs.getString("code"),
                rs.getObject("organization_id", UUID.class));
    }

    private static <E extends Enum<E>> E code(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (Wire.code(constant).equals(code)) {
                return constant;
            }
        }
        throw new IllegalStateException("stored " + type.getSimpleName() + " code not known: " + code);
    }
}
