package org.guildmark.app.registry;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.guildmark.app.DatabaseTime;
import org.guildmark.core.dossier.Consent.Approval;
import org.guildmark.core.dossier.Consent.Compensation;
import org.guildmark.core.dossier.Consent.Deletion;
import org.guildmark.core.dossier.Consent.Informed;
import org.guildmark.core.dossier.Consent.Revocation;
import org.guildmark.core.dossier.Enums.ApprovalRelation;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.CompensationBasis;
import org.guildmark.core.dossier.Enums.Purpose;
import org.guildmark.core.dossier.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Consent grants and their status history.
 *
 * <p>History is append-only: {@link #record} and {@link #append} insert into {@code consent_event} and nothing
 * here updates or deletes an event. The grant row keeps the latest status beside it, changed in the same
 * transaction as the event that sets it.
 */
@Repository
public class ConsentGrants {

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final Clock clock;

    public ConsentGrants(JdbcClient jdbc, TransactionOperations transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Records a new grant with the first event of its history, whole or not at all. */
    public ConsentGrant record(GrantTerms terms, ConsentEvent first) {
        UUID id = UUID.randomUUID();
        return transactions.execute(status -> {
            insertGrant(id, terms, first.status());
            for (Aspect aspect : terms.aspects()) {
                jdbc.sql("INSERT INTO consent_grant_aspect (grant_id, aspect) VALUES (:grant, :aspect)")
                        .param("grant", id).param("aspect", Codes.code(aspect)).update();
            }
            for (Purpose purpose : terms.purposes()) {
                jdbc.sql("INSERT INTO consent_grant_purpose (grant_id, purpose) VALUES (:grant, :purpose)")
                        .param("grant", id).param("purpose", Codes.code(purpose)).update();
            }
            for (String model : terms.scope().models()) {
                jdbc.sql("INSERT INTO consent_grant_model (grant_id, model) VALUES (:grant, :model)")
                        .param("grant", id).param("model", model).update();
            }
            for (Approval approval : terms.approvals()) {
                jdbc.sql("""
                        INSERT INTO consent_approval (grant_id, approved_by, relation, approved_on)
                        VALUES (:grant, :by, :relation, :on)""")
                        .param("grant", id)
                        .param("by", approval.by())
                        .param("relation", Codes.code(approval.relation()))
                        .param("on", approval.at())
                        .update();
            }
            insertEvent(id, first);
            return find(id).orElseThrow();
        });
    }

    /** Appends a status change to a grant's history and makes it the grant's current status. */
    public ConsentGrant append(UUID grant, ConsentEvent event) {
        return transactions.execute(status -> {
            // Lock the grant so concurrent changes append, and set the current status, one after the other.
            jdbc.sql("SELECT id FROM consent_grant WHERE id = :id FOR UPDATE")
                    .param("id", grant)
                    .query(UUID.class)
                    .optional()
                    .orElseThrow(() -> new NoSuchElementException("no consent grant " + grant));
            insertEvent(grant, event);
            jdbc.sql("UPDATE consent_grant SET status = :status WHERE id = :id")
                    .param("status", event.status().code())
                    .param("id", grant)
                    .update();
            return find(grant).orElseThrow();
        });
    }

    /** Adds an approval (clause 3.4) to a grant; approvals are only ever added. */
    public void addApproval(UUID grant, Approval approval) {
        jdbc.sql("""
                INSERT INTO consent_approval (grant_id, approved_by, relation, approved_on)
                VALUES (:grant, :by, :relation, :on)""")
                .param("grant", grant)
                .param("by", approval.by())
                .param("relation", Codes.code(approval.relation()))
                .param("on", approval.at())
                .update();
    }

    /**
     * Records that the person, or a representative for them, gave a requested grant: the day and who. Only a
     * grant not yet given (a production's request) has these set here.
     */
    public void recordGiven(UUID grant, LocalDate on, String grantedBy) {
        jdbc.sql("UPDATE consent_grant SET given_on = :on, granted_by = :by WHERE id = :id AND given_on IS NULL")
                .param("on", on)
                .param("by", grantedBy)
                .param("id", grant)
                .update();
    }

    /**
     * Marks a grant as being ended to {@code status} since {@code since}, unless it is already marked; answers the
     * mark in force. Its own short transaction, so checks see the mark before the ending is stamped.
     */
    public Instant markEnding(UUID grant, String status, Instant since) {
        return transactions.execute(tx -> {
            jdbc.sql("""
                    UPDATE consent_grant SET ending_status = :status, ending_since = :since
                    WHERE id = :id AND ending_since IS NULL""")
                    .param("status", status)
                    .param("since", since.atOffset(ZoneOffset.UTC))
                    .param("id", grant)
                    .update();
            return endingSince(grant);
        });
    }

    /** When the grant's ending mark was set, or null without one. */
    public Instant endingSince(UUID grant) {
        return jdbc.sql("SELECT ending_since FROM consent_grant WHERE id = :id")
                .param("id", grant)
                .query((rs, n) -> {
                    OffsetDateTime since = rs.getObject("ending_since", OffsetDateTime.class);
                    return since == null ? null : since.toInstant();
                })
                .optional()
                .orElse(null);
    }

    /** Removes the ending mark set at {@code since} (no other one). */
    public void clearEnding(UUID grant, Instant since) {
        jdbc.sql("UPDATE consent_grant SET ending_status = NULL, ending_since = NULL WHERE id = :id AND ending_since = :since")
                .param("id", grant)
                .param("since", since.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Removes ending marks older than {@code before}, left by a server stopped between marking and ending. */
    public int clearStaleEndings(Instant before) {
        return jdbc.sql("UPDATE consent_grant SET ending_status = NULL, ending_since = NULL WHERE ending_since < :before")
                .param("before", before.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Locks a grant's row until the transaction ends, so changes to one grant happen one after the other. */
    public boolean lock(UUID grant) {
        return jdbc.sql("SELECT id FROM consent_grant WHERE id = :id FOR UPDATE")
                .param("id", grant)
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    /** The grants of these people, newest first. */
    public List<ConsentGrant> ofPeople(java.util.Collection<UUID> people, int limit, int offset) {
        if (people.isEmpty()) {
            return List.of();
        }
        return transactions.execute(status -> jdbc.sql("""
                        SELECT * FROM consent_grant WHERE person_id IN (:people)
                        ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset""")
                .param("people", people)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> grant(rs))
                .list());
    }

    /** The grants made to an organization, newest first. */
    public List<ConsentGrant> ofGrantee(UUID organization, int limit, int offset) {
        return transactions.execute(status -> jdbc.sql("""
                        SELECT * FROM consent_grant WHERE grantee_id = :grantee
                        ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset""")
                .param("grantee", organization)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> grant(rs))
                .list());
    }

    /** Every grant, newest first. */
    public List<ConsentGrant> all(int limit, int offset) {
        return transactions.execute(status -> jdbc.sql("""
                        SELECT * FROM consent_grant ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset""")
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> grant(rs))
                .list());
    }

    /** The ids of grants that permit use now but whose last valid day is before {@code day}. */
    public List<UUID> lapsedBefore(LocalDate day) {
        return jdbc.sql("SELECT id FROM consent_grant WHERE status IN ('given', 'renewed') AND valid_until < :day")
                .param("day", day)
                .query(UUID.class)
                .list();
    }

    public Optional<ConsentGrant> find(UUID id) {
        return transactions.execute(status -> jdbc.sql("SELECT * FROM consent_grant WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> grant(rs))
                .optional());
    }

    private void insertGrant(UUID id, GrantTerms terms, ConsentStatus status) {
        Compensation compensation = terms.compensation();
        Revocation revocation = terms.revocation();
        Deletion deletion = terms.deletion();
        Informed informed = terms.informed();
        jdbc.sql("""
                INSERT INTO consent_grant (id, person_id, grantee_id, granted_by, given_on,
                    scope_production_id, scope_general, valid_from, valid_until,
                    compensation_amount, compensation_currency, compensation_basis,
                    revocation_contact, revocation_notice_days, deletion_method, deletion_within_days,
                    informed_document, informed_language,
                    evidence_sha256, evidence_explained_by, evidence_language, status, created_at)
                VALUES (:id, :person, :grantee, :grantedBy, :givenOn,
                    :production, :general, :validFrom, :validUntil,
                    :amount, :currency, :basis,
                    :contact, :noticeDays, :method, :withinDays,
                    :document, :informedLanguage,
                    :sha256, :explainedBy, :evidenceLanguage, :status, :createdAt)""")
                .param("id", id)
                .param("person", terms.person())
                .param("grantee", terms.grantee())
                .param("grantedBy", terms.grantedBy())
                .param("givenOn", terms.givenOn())
                .param("production", terms.scope().production())
                .param("general", terms.scope().general())
                .param("validFrom", terms.validFrom())
                .param("validUntil", terms.validUntil())
                .param("amount", compensation == null ? null : compensation.money().amount())
                .param("currency", compensation == null ? null : compensation.money().currency())
                .param("basis", compensation == null ? null : Codes.code(compensation.basis()))
                .param("contact", revocation == null ? null : revocation.contact())
                .param("noticeDays", revocation == null ? null : revocation.noticeDays())
                .param("method", deletion == null ? null : deletion.method())
                .param("withinDays", deletion == null ? null : deletion.withinDays())
                .param("document", informed == null ? null : informed.document())
                .param("informedLanguage", informed == null ? null : informed.language())
                .param("sha256", terms.evidence().sha256())
                .param("explainedBy", terms.evidence().explainedBy())
                .param("evidenceLanguage", terms.evidence().language())
                .param("status", status.code())
                .param("createdAt", utc(clock.instant()))
                .update();
    }

    private void insertEvent(UUID grant, ConsentEvent event) {
        jdbc.sql("""
                INSERT INTO consent_event (grant_id, status, recorded_at, effective_at, actor, reason)
                VALUES (:grant, :status, :recordedAt, :effectiveAt, :actor, :reason)""")
                .param("grant", grant)
                .param("status", event.status().code())
                .param("recordedAt", utc(event.recordedAt()))
                .param("effectiveAt", utc(event.effectiveAt()))
                .param("actor", event.actor())
                .param("reason", event.reason())
                .update();
    }

    private ConsentGrant grant(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        boolean general = rs.getBoolean("scope_general");
        GrantScope scope = general
                ? GrantScope.general(jdbc.sql("SELECT model FROM consent_grant_model WHERE grant_id = :grant ORDER BY model")
                        .param("grant", id).query(String.class).list())
                : GrantScope.production(rs.getObject("scope_production_id", UUID.class));
        BigDecimal amount = rs.getBigDecimal("compensation_amount");
        Compensation compensation = amount == null ? null : new Compensation(
                money(amount, rs.getString("compensation_currency")),
                Codes.of(CompensationBasis.class, rs.getString("compensation_basis")));
        String contact = rs.getString("revocation_contact");
        Integer noticeDays = rs.getObject("revocation_notice_days", Integer.class);
        String method = rs.getString("deletion_method");
        Integer withinDays = rs.getObject("deletion_within_days", Integer.class);
        String document = rs.getString("informed_document");
        String informedLanguage = rs.getString("informed_language");
        GrantTerms terms = new GrantTerms(
                rs.getObject("person_id", UUID.class),
                rs.getObject("grantee_id", UUID.class),
                rs.getString("granted_by"),
                rs.getObject("given_on", LocalDate.class),
                new HashSet<>(jdbc.sql("SELECT aspect FROM consent_grant_aspect WHERE grant_id = :grant")
                        .param("grant", id)
                        .query((r, n) -> Codes.of(Aspect.class, r.getString(1)))
                        .list()),
                new HashSet<>(jdbc.sql("SELECT purpose FROM consent_grant_purpose WHERE grant_id = :grant")
                        .param("grant", id)
                        .query((r, n) -> Codes.of(Purpose.class, r.getString(1)))
                        .list()),
                scope,
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class),
                compensation,
                contact == null && noticeDays == null ? null : new Revocation(contact, noticeDays),
                method == null && withinDays == null ? null : new Deletion(method, withinDays),
                document == null && informedLanguage == null ? null : new Informed(document, informedLanguage),
                new Evidence(rs.getString("evidence_sha256"), rs.getString("evidence_explained_by"),
                        rs.getString("evidence_language")),
                jdbc.sql("""
                        SELECT approved_by, relation, approved_on FROM consent_approval
                        WHERE grant_id = :grant ORDER BY id""")
                        .param("grant", id)
                        .query((r, n) -> new Approval(r.getString("approved_by"),
                                Codes.of(ApprovalRelation.class, r.getString("relation")),
                                r.getObject("approved_on", LocalDate.class)))
                        .list());
        List<ConsentEvent> history = jdbc.sql("""
                        SELECT status, recorded_at, effective_at, actor, reason FROM consent_event
                        WHERE grant_id = :grant ORDER BY id""")
                .param("grant", id)
                .query((r, n) -> new ConsentEvent(
                        ConsentStatus.ofCode(r.getString("status")),
                        DatabaseTime.instant(r, "recorded_at"),
                        DatabaseTime.instant(r, "effective_at"),
                        r.getString("actor"),
                        r.getString("reason")))
                .list();
        return new ConsentGrant(id, terms, ConsentStatus.ofCode(rs.getString("status")), history);
    }

    /**
     * Amounts are stored with four decimals; read back they carry the currency's own decimals, or more when the
     * stored amount needs them (a per-use rate of 0.0050).
     */
    private static Money money(BigDecimal stored, String currency) {
        int scale = Math.max(stored.stripTrailingZeros().scale(), Currency.getInstance(currency).getDefaultFractionDigits());
        return new Money(stored.setScale(scale), currency);
    }


    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
