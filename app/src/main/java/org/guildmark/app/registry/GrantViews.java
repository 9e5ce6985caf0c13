package org.guildmark.app.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import org.guildmark.core.dossier.Enums.ApprovalRelation;
import org.guildmark.core.dossier.Wire;

/** The API's JSON shapes: vocabulary as wire codes, money as a decimal string with its currency. */
final class GrantViews {

    private GrantViews() {
    }

    record Grant(UUID id, UUID person, UUID grantee, String grantedBy, LocalDate givenOn, String status,
            List<String> aspects, List<String> purposes, Scope scope, LocalDate validFrom, LocalDate validUntil,
            Compensation compensation, Revocation revocation, Deletion deletion, Informed informed,
            Evidence evidence, List<Approval> approvals, List<String> pendingApprovals, List<Event> history) {
    }

    record Scope(UUID production, boolean general, List<String> models) {
    }

    record Compensation(String amount, String currency, String basis) {
    }

    record Revocation(String contact, Integer noticeDays) {
    }

    record Deletion(String method, Integer withinDays) {
    }

    record Informed(String document, String language) {
    }

    record Evidence(String sha256, String explainedBy, String language) {
    }

    record Approval(String by, String relation, LocalDate at) {
    }

    record Event(int ordinal, String status, Instant recordedAt, Instant effectiveAt, String actor, String reason,
            String receipt) {
    }

    /** One page of grants; {@code next} is the address of the next page, null on the last. */
    record Grants(List<Grant> grants, int limit, int offset, String next) {
    }

    record Use(UUID id, UUID grant, UUID organization, UUID production, String asset, String model, Instant usedAt,
            Instant recordedAt, String recordedBy) {
    }

    record Uses(List<Use> uses) {
    }

    record Obligation(UUID id, UUID grant, UUID organization, UUID production, String model, String method,
            Instant createdAt, Instant dueAt, String state, Confirmation confirmation) {
    }

    record Confirmation(String evidenceSha256, String description, Instant confirmedAt, String confirmedBy) {
    }

    record Obligations(List<Obligation> obligations) {
    }

    record Receipt(int ordinal, String status, String kid, Instant issuedAt, String href) {
    }

    record Receipts(List<Receipt> receipts, String jwks) {
    }

    static Grant of(ConsentGrant grant, List<ApprovalRelation> pending) {
        GrantTerms t = grant.terms();
        List<Event> history = new java.util.ArrayList<>();
        for (int i = 0; i < grant.history().size(); i++) {
            ConsentEvent e = grant.history().get(i);
            history.add(new Event(i, e.status().code(), e.recordedAt(), e.effectiveAt(), e.actor(), e.reason(),
                    "/api/v1/grants/" + grant.id() + "/receipts/" + i));
        }
        return new Grant(grant.id(), t.person(), t.grantee(), t.grantedBy(), t.givenOn(), grant.status().code(),
                codes(t.aspects()), codes(t.purposes()),
                new Scope(t.scope().production(), t.scope().general(), t.scope().models()),
                t.validFrom(), t.validUntil(),
                t.compensation() == null ? null : new Compensation(t.compensation().money().amount().toPlainString(),
                        t.compensation().money().currency(), Wire.code(t.compensation().basis())),
                t.revocation() == null ? null : new Revocation(t.revocation().contact(), t.revocation().noticeDays()),
                t.deletion() == null ? null : new Deletion(t.deletion().method(), t.deletion().withinDays()),
                t.informed() == null ? null : new Informed(t.informed().document(), t.informed().language()),
                new Evidence(t.evidence().sha256(), t.evidence().explainedBy(), t.evidence().language()),
                t.approvals().stream().map(a -> new Approval(a.by(), Wire.code(a.relation()), a.at())).toList(),
                pending.stream().map(Wire::code).toList(),
                history);
    }

    static Use of(GrantUse use) {
        return new Use(use.id(), use.grant(), use.organization(), use.production(), use.asset(), use.model(),
                use.usedAt(), use.recordedAt(), use.recordedBy());
    }

    static Obligation of(DeletionObligation o, Instant now) {
        DeletionObligation.Confirmation c = o.confirmation();
        return new Obligation(o.id(), o.grant(), o.organization(), o.production(), o.model(), o.method(),
                o.createdAt(), o.dueAt(), o.stateAt(now).code(),
                c == null ? null : new Confirmation(c.evidenceSha256(), c.description(), c.confirmedAt(),
                        c.confirmedBy()));
    }

    static Receipt of(ConsentReceipt receipt) {
        return new Receipt(receipt.ordinal(), receipt.status().code(), receipt.kid(), receipt.issuedAt(),
                "/api/v1/grants/" + receipt.grant() + "/receipts/" + receipt.ordinal());
    }

    private static List<String> codes(java.util.Set<? extends Enum<?>> values) {
        TreeSet<String> codes = new TreeSet<>();
        values.forEach(value -> codes.add(Wire.code(value)));
        return List.copyOf(codes);
    }
}
