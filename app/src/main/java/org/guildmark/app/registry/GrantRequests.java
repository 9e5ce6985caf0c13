package org.guildmark.app.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.guildmark.core.dossier.Consent.Compensation;
import org.guildmark.core.dossier.Consent.Deletion;
import org.guildmark.core.dossier.Consent.Informed;
import org.guildmark.core.dossier.Consent.Revocation;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.CompensationBasis;
import org.guildmark.core.dossier.Enums.Purpose;
import org.guildmark.core.dossier.Money;
import tools.jackson.databind.JsonNode;

/** Reads the request bodies of the registry's API into validated values, or every problem with its pointer. */
final class GrantRequests {

    /** Up to 15 digits before the point and 4 after, as stored: a decimal string, never a JSON number. */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}(\\.\\d{1,4})?");
    private static final int MAX_DAYS = 36_500;

    private GrantRequests() {
    }

    static NewGrant grant(JsonNode body) {
        JsonInput in = JsonInput.body(body).only("person", "grantee", "aspects", "purposes", "scope", "validFrom",
                "validUntil", "compensation", "revocation", "deletion", "informed", "evidence");
        UUID person = in.uuid("person", true);
        UUID grantee = in.uuid("grantee", true);
        Set<Aspect> aspects = in.codes("aspects", Aspect.class, true);
        Set<Purpose> purposes = in.codes("purposes", Purpose.class, true);
        GrantScope scope = in.object("scope", true).map(GrantRequests::scope).orElse(null);
        LocalDate validFrom = in.date("validFrom", true);
        LocalDate validUntil = in.date("validUntil", true);
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            in.problem(in.at("validUntil"), "validUntil " + validUntil + " is before validFrom " + validFrom
                    + "; a grant ends on or after the day it starts.");
        }
        Compensation compensation = in.object("compensation", false).map(GrantRequests::compensation).orElse(null);
        Revocation revocation = in.object("revocation", false).map(r -> {
            r.only("contact", "noticeDays");
            return new Revocation(r.text("contact", true, 300), r.integer("noticeDays", false, 0, MAX_DAYS));
        }).orElse(null);
        Deletion deletion = in.object("deletion", false).map(d -> {
            d.only("method", "withinDays");
            return new Deletion(d.text("method", true, 1000), d.integer("withinDays", true, 0, MAX_DAYS));
        }).orElse(null);
        Informed informed = in.object("informed", false).map(i -> {
            i.only("document", "language");
            return new Informed(i.text("document", true, 1000), i.language("language", true));
        }).orElse(null);
        Evidence evidence = in.object("evidence", true).map(e -> {
            e.only("sha256", "explainedBy", "language");
            String sha256 = e.sha256("sha256", true);
            String explainedBy = e.text("explainedBy", true, 300);
            String language = e.language("language", true);
            return sha256 == null || explainedBy == null || language == null ? null
                    : new Evidence(sha256, explainedBy, language);
        }).orElse(null);
        in.finish();
        return new NewGrant(person, grantee, aspects, purposes, scope, validFrom, validUntil, compensation,
                revocation, deletion, informed, evidence);
    }

    private static GrantScope scope(JsonInput in) {
        in.only("production", "general", "models");
        UUID production = in.uuid("production", false);
        Boolean general = in.bool("general");
        List<String> models = in.texts("models", 300);
        boolean isGeneral = Boolean.TRUE.equals(general);
        if (isGeneral == (production != null)) {
            if (!in.hasProblems()) {
                in.problem(in.at("production"),
                        "A scope names one production, or is {\"general\": true} for general model training.");
            }
            return null;
        }
        if (!isGeneral && !models.isEmpty()) {
            in.problem(in.at("models"), "Models limit only a general model-training grant.");
            return null;
        }
        return isGeneral ? GrantScope.general(models) : GrantScope.production(production);
    }

    private static Compensation compensation(JsonInput in) {
        in.only("amount", "currency", "basis");
        String amount = in.decimal("amount", true, AMOUNT);
        String currency = in.text("currency", true, 3);
        CompensationBasis basis = in.code("basis", CompensationBasis.class, true);
        if (currency != null) {
            try {
                if (!currency.equals(currency.toUpperCase(java.util.Locale.ROOT))) {
                    throw new IllegalArgumentException();
                }
                Currency.getInstance(currency);
            } catch (IllegalArgumentException e) {
                in.problem(in.at("currency"), "'currency' must be an ISO-4217 code such as USD or EUR, was '"
                        + currency + "'.");
                currency = null;
            }
        }
        return amount == null || currency == null || basis == null ? null
                : new Compensation(new Money(new BigDecimal(amount), currency), basis);
    }

    static NewUse use(JsonNode body) {
        JsonInput in = JsonInput.body(body).only("production", "asset", "model", "usedAt");
        NewUse use = new NewUse(in.uuid("production", false), in.text("asset", false, 300),
                in.text("model", false, 300), in.instant("usedAt", false));
        if (use.asset() == null && use.model() == null && !in.hasProblems()) {
            in.problem("/asset", "Name the asset made with the likeness ('asset') or the model trained ('model').");
        }
        in.finish();
        return use;
    }

    /** An optional {@code reason}, alone or with other fields. */
    static String reason(JsonNode body, boolean required) {
        JsonInput in = JsonInput.body(body).only("reason");
        String reason = in.text("reason", required, 2000);
        in.finish();
        return reason;
    }

    record Withdrawal(java.time.Instant effectiveAt, String reason) {
    }

    static Withdrawal withdrawal(JsonNode body) {
        JsonInput in = JsonInput.body(body).only("effectiveAt", "reason");
        Withdrawal withdrawal = new Withdrawal(in.instant("effectiveAt", false), in.text("reason", false, 2000));
        in.finish();
        return withdrawal;
    }

    static org.guildmark.core.dossier.Enums.ApprovalRelation approval(JsonNode body) {
        JsonInput in = JsonInput.body(body).only("relation");
        var relation = in.code("relation", org.guildmark.core.dossier.Enums.ApprovalRelation.class, true);
        in.finish();
        return relation;
    }

    record DeletionEvidence(String sha256, String description) {
    }

    static DeletionEvidence deletionEvidence(JsonNode body) {
        JsonInput in = JsonInput.body(body).only("evidenceSha256", "description");
        DeletionEvidence evidence = new DeletionEvidence(in.sha256("evidenceSha256", true),
                in.text("description", true, 2000));
        in.finish();
        return evidence;
    }
}
