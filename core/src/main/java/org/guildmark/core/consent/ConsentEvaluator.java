package org.guildmark.core.consent;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.guildmark.core.dossier.Consent;
import org.guildmark.core.dossier.Enums.ApprovalRelation;
import org.guildmark.core.dossier.Enums.PersonCategory;
import org.guildmark.core.dossier.Person;

/**
 * Decides whether consent covers a use of someone's likeness (clause 3.1, design "The check"). Pure: the
 * same answer for the same inputs, no clock, no I/O; the offline audit and the registry both call it.
 */
public final class ConsentEvaluator {
    private ConsentEvaluator() {
    }

    /**
     * Checks the query against one consent. Returns an empty list when the consent permits the use.
     *
     * @param subject the person the consent is about, for the special protections of clause 3.4
     */
    public static List<DenyReason> check(ConsentQuery query, Consent consent, Person subject) {
        Set<DenyReason> reasons = EnumSet.noneOf(DenyReason.class);
        if (!consent.person().equals(query.person())) {
            return List.of(DenyReason.NO_CONSENT);
        }
        LocalDate day = LocalDate.ofInstant(query.at(), ZoneOffset.UTC);
        LocalDate from = consent.validFrom() != null ? consent.validFrom() : consent.givenAt();
        if (from != null && day.isBefore(from)) {
            reasons.add(DenyReason.NOT_YET_VALID);
        }
        if (consent.validUntil() != null && day.isAfter(consent.validUntil())) {
            reasons.add(DenyReason.EXPIRED);
        }
        if (consent.revokedAt() != null && !consent.revokedAt().isAfter(query.at())) {
            reasons.add(DenyReason.REVOKED);
        }
        if (consent.scope() == null || !consent.scope().covers(query.production())) {
            reasons.add(DenyReason.SCOPE_MISMATCH);
        }
        if (!consent.aspects().containsAll(query.aspects())) {
            reasons.add(DenyReason.ASPECT_NOT_COVERED);
        }
        if (consent.purposes().stream().noneMatch(query.acceptablePurposes()::contains)) {
            reasons.add(DenyReason.PURPOSE_NOT_COVERED);
        }
        if (subject != null && !missingApprovals(consent, subject, day).isEmpty()) {
            reasons.add(DenyReason.APPROVAL_PENDING);
        }
        return List.copyOf(reasons);
    }

    /** The first consent that permits the use, or every reason the closest candidates gave. */
    public static ConsentDecision evaluate(ConsentQuery query, Collection<Consent> candidates, Person subject) {
        Set<DenyReason> reasons = EnumSet.noneOf(DenyReason.class);
        for (Consent consent : candidates) {
            if (!consent.person().equals(query.person())) {
                continue;
            }
            List<DenyReason> r = check(query, consent, subject);
            if (r.isEmpty()) {
                return new ConsentDecision.Permit(consent.id());
            }
            reasons.addAll(r);
        }
        return new ConsentDecision.Deny(reasons.isEmpty() ? List.of(DenyReason.NO_CONSENT) : new ArrayList<>(reasons));
    }

    /**
     * The approvals clause 3.4 requires and the consent lacks: a guardian's for a minor, the estate's for a
     * deceased person, a conservator's or guardian's for a vulnerable adult, and in each case a heightened
     * review by a second person. The category is judged on the day the consent was given (or, failing that,
     * the day it became valid, or {@code otherwise}).
     */
    public static List<ApprovalRelation> missingApprovals(Consent consent, Person subject, LocalDate otherwise) {
        LocalDate on = consent.givenAt() != null ? consent.givenAt()
                : consent.validFrom() != null ? consent.validFrom() : otherwise;
        PersonCategory category = subject.categoryOn(on);
        List<ApprovalRelation> missing = new ArrayList<>();
        switch (category) {
            case MINOR -> requireOne(consent, missing, ApprovalRelation.GUARDIAN);
            case DECEASED -> requireOne(consent, missing, ApprovalRelation.ESTATE);
            case VULNERABLE -> requireOne(consent, missing, ApprovalRelation.CONSERVATOR, ApprovalRelation.GUARDIAN);
            case ADULT -> {
                return List.of();
            }
        }
        boolean secondReviewer = consent.approvals().stream()
                .filter(a -> a.relation() == ApprovalRelation.HEIGHTENED_REVIEW)
                .anyMatch(review -> consent.approvals().stream()
                        .filter(a -> a.relation() != ApprovalRelation.HEIGHTENED_REVIEW)
                        .noneMatch(a -> a.by().equals(review.by())));
        if (!secondReviewer) {
            missing.add(ApprovalRelation.HEIGHTENED_REVIEW);
        }
        return missing;
    }

    private static void requireOne(Consent consent, List<ApprovalRelation> missing, ApprovalRelation... anyOf) {
        for (ApprovalRelation relation : anyOf) {
            if (consent.approvals().stream().anyMatch(a -> a.relation() == relation)) {
                return;
            }
        }
        missing.add(anyOf[0]);
    }
}
