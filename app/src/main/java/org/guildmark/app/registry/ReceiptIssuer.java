package org.guildmark.app.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.nimbusds.jose.JOSEObjectType;
import org.guildmark.app.keys.GuildKeys;
import org.guildmark.core.dossier.Consent.Approval;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.Purpose;
import org.guildmark.core.dossier.Wire;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the receipt of a status change: a consent record shaped on ISO/IEC TS 27560 (snake_case field names as
 * there: {@code record_id}, {@code pii_principal_id}, {@code purposes}, {@code pii_controllers},
 * {@code event_time}, {@code event_type}, {@code event_state}, {@code validity_duration},
 * {@code withdrawal_method}, ...), signed by the guild key as a compact JWS. People appear by registry id only;
 * the receipt is the performer's own.
 */
@Component
public class ReceiptIssuer {

    /** The JWS {@code typ} of a receipt. */
    public static final JOSEObjectType TYPE = new JOSEObjectType("consent-receipt+jws");

    /** Names the shape of the payload, so a verifier knows what it reads. */
    public static final String SCHEMA = "guildmark:consent-receipt/v1 (ISO/IEC TS 27560:2023 consent record)";

    /** A plain mapper of its own, so the receipt's bytes do not change with the server's JSON settings. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GuildKeys keys;
    private final Organizations organizations;
    private final Clock clock;

    public ReceiptIssuer(GuildKeys keys, Organizations organizations, Clock clock) {
        this.keys = keys;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** The receipt of the change at {@code ordinal} of the grant's history. */
    public ConsentReceipt issue(ConsentGrant grant, int ordinal) {
        ConsentEvent event = grant.history().get(ordinal);
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<String, Object> record = payload(grant, ordinal, event, issuedAt);
        String jws = keys.sign(TYPE, JSON.writeValueAsString(record));
        return new ConsentReceipt(grant.id(), ordinal, event.status(), keys.activeKid(), jws, issuedAt);
    }

    Map<String, Object> payload(ConsentGrant grant, int ordinal, ConsentEvent event, Instant issuedAt) {
        GrantTerms terms = grant.terms();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("schema", SCHEMA);
        record.put("record_id", "urn:uuid:" + grant.id());
        record.put("receipt_id", "urn:uuid:" + grant.id() + ":event:" + ordinal);
        record.put("pii_principal_id", "urn:guildmark:person:" + terms.person());
        Map<String, Object> controller = new LinkedHashMap<>();
        controller.put("pii_controller_id", "urn:guildmark:organization:" + terms.grantee());
        controller.put("pii_controller_name", organizations.name(terms.grantee()).orElse(null));
        if (terms.revocation() != null && terms.revocation().contact() != null) {
            controller.put("contact", terms.revocation().contact());
        }
        record.put("pii_controllers", List.of(controller));
        record.put("purposes", purposes(terms));
        record.put("lawful_basis", "consent");
        record.put("event_time", event.recordedAt().toString());
        record.put("event_effective_time", event.effectiveAt().toString());
        record.put("event_type", "consent-" + event.status().code());
        record.put("event_state", event.status().code());
        record.put("event_by", event.actor());
        if (event.reason() != null) {
            record.put("event_reason", event.reason());
        }
        record.put("valid_from", terms.validFrom().toString());
        record.put("valid_until", terms.validUntil().toString());
        // Both ends inclusive, as the Code's validity dates are read.
        record.put("validity_duration",
                "P" + (ChronoUnit.DAYS.between(terms.validFrom(), terms.validUntil()) + 1) + "D");
        Map<String, Object> withdrawal = new LinkedHashMap<>();
        withdrawal.put("online", "POST /api/v1/grants/" + grant.id() + "/withdraw");
        if (terms.revocation() != null) {
            withdrawal.put("contact", terms.revocation().contact());
            withdrawal.put("notice_days", terms.revocation().noticeDays());
        }
        record.put("withdrawal_method", withdrawal);
        if (terms.deletion() != null) {
            Map<String, Object> deletion = new LinkedHashMap<>();
            deletion.put("method", terms.deletion().method());
            deletion.put("within_days", terms.deletion().withinDays());
            record.put("deletion", deletion);
        }
        if (terms.compensation() != null) {
            Map<String, Object> compensation = new LinkedHashMap<>();
            compensation.put("amount", terms.compensation().money().amount().toPlainString());
            compensation.put("currency", terms.compensation().money().currency());
            compensation.put("basis", Wire.code(terms.compensation().basis()));
            record.put("compensation", compensation);
        }
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("document_sha256", terms.evidence().sha256());
        notice.put("explained_by", terms.evidence().explainedBy());
        notice.put("language", terms.evidence().language());
        if (terms.informed() != null) {
            notice.put("document", terms.informed().document());
        }
        record.put("notice", notice);
        List<Map<String, Object>> approvals = new ArrayList<>();
        for (Approval approval : terms.approvals()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("by", approval.by());
            entry.put("relation", Wire.code(approval.relation()));
            entry.put("on", approval.at().toString());
            approvals.add(entry);
        }
        record.put("approvals", approvals);
        record.put("issued_at", issuedAt.toString());
        return record;
    }

    private List<Map<String, Object>> purposes(GrantTerms terms) {
        TreeSet<String> categories = new TreeSet<>();
        for (Aspect aspect : terms.aspects()) {
            categories.add(Wire.code(aspect));
        }
        Map<String, Object> scope = new LinkedHashMap<>();
        if (terms.scope().general()) {
            scope.put("general", true);
            scope.put("models", terms.scope().models());
        } else {
            scope.put("production", organizations.findProduction(terms.scope().production())
                    .map(production -> "urn:guildmark:production:" + production.code())
                    .orElse("urn:uuid:" + terms.scope().production()));
        }
        List<Map<String, Object>> purposes = new ArrayList<>();
        for (Purpose purpose : new TreeSet<>(terms.purposes())) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("purpose", Wire.code(purpose));
            entry.put("pii_categories", List.copyOf(categories));
            entry.put("scope", scope);
            purposes.add(entry);
        }
        return purposes;
    }
}
