package org.guildmark.core.consent;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
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

    private static final DenyReason[] REASONS = DenyReason.values();

    /**
     * Checks the query against one consent. Returns an empty list when the consent permits the use.
     *
     * @param subject the person the consent is about, for the special protections of clause 3.4
     */
    public static List<DenyReason> check(ConsentQuery query, Consent consent, Person subject) {
        if (!consent.person().equals(query.person())) {
            return List.of(DenyReason.NO_CONSENT);
        }
        return reasons(unmet(query, consent, subject, LocalDate.ofInstant(query.at(), ZoneOffset.UTC)));
    }

    /** The first consent that permits the use, or every reason the closest candidates gave. */
    public static ConsentDecision evaluate(ConsentQuery query, Collection<Consent> candidates, Person subject) {
        LocalDate day = null;
        int unmet = 0;
        for (Consent consent : candidates) {
            if (!consent.person().equals(query.person())) {
                continue;
            }
            if (day == null) {
                day = LocalDate.ofInstant(query.at(), ZoneOffset.UTC);
            }
            int these = unmet(query, consent, subject, day);
            if (these == 0) {
                return new ConsentDecision.Permit(consent.id());
            }
            unmet |= these;
        }
        return new ConsentDecision.Deny(unmet == 0 ? List.of(DenyReason.NO_CONSENT) : reasons(unmet));
    }

    /**
     * The conditions a consent of the query's person leaves unmet on {@code day} (the query's instant, in UTC),
     * as a bit set of {@link DenyReason} ordinals: 0 when the consent permits the use. Loops rather than streams
     * and no allocation, since a registry answers many of these per request.
     */
    private static int unmet(ConsentQuery query, Consent consent, Person subject, LocalDate day) {
        int unmet = 0;
        LocalDate from = consent.validFrom() != null ? consent.validFrom() : consent.givenAt();
        if (from != null && day.isBefore(from)) {
            unmet |= bit(DenyReason.NOT_YET_VALID);
        }
        if (consent.validUntil() != null && day.isAfter(consent.validUntil())) {
            unmet |= bit(DenyReason.EXPIRED);
        }
        if (consent.revokedAt() != null && !consent.revokedAt().isAfter(query.at())) {
            unmet |= bit(DenyReason.REVOKED);
        }
        if (consent.scope() == null || !consent.scope().covers(query.production())) {
            unmet |= bit(DenyReason.SCOPE_MISMATCH);
        }
        if (!consent.aspects().containsAll(query.aspects())) {
            unmet |= bit(DenyReason.ASPECT_NOT_COVERED);
        }
        if (!anyIn(consent.purposes(), query.acceptablePurposes())) {
            unmet |= bit(DenyReason.PURPOSE_NOT_COVERED);
        }
        if (subject != null && !missingApprovals(consent, subject, day).isEmpty()) {
            unmet |= bit(DenyReason.APPROVAL_PENDING);
        }
        return unmet;
    }

    private static int bit(DenyReason reason) {
        return 1 << reason.ordinal();
    }

    /** The reasons of a bit set, in the enum's order (as an {@code EnumSet} would list them). */
    private static List<DenyReason> reasons(int unmet) {
        if (unmet == 0) {
            return List.of();
        }
        List<DenyReason> reasons = new ArrayList<>(Integer.bitCount(unmet));
        for (DenyReason reason : REASONS) {
            if ((unmet & bit(reason)) != 0) {
                reasons.add(reason);
            }
        }
        return List.copyOf(reasons);
    }

    private static <T> boolean anyIn(Set<T> these, Set<T> those) {
        for (T t : these) {
            if (those.contains(t)) {
                return true;
            }
        }
        return false;
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
        if (!hasSecondReviewer(consent.approvals())) {
            missing.add(ApprovalRelation.HEIGHTENED_REVIEW);
        }
        return missing;
    }

    /** A heightened review by someone who gave none of the other approvals. */
    private static boolean hasSecondReviewer(List<Consent.Approval> approvals) {
        for (Consent.Approval review : approvals) {
            if (review.relation() == ApprovalRelation.HEIGHTENED_REVIEW && !approvedOtherwise(approvals, review.by())) {
                return true;
            }
        }
        return false;
    }

    private static boolean approvedOtherwise(List<Consent.Approval> approvals, String by) {
        for (Consent.Approval a : approvals) {
            if (a.relation() != ApprovalRelation.HEIGHTENED_REVIEW && a.by().equals(by)) {
                return true;
            }
        }
        return false;
    }

    private static void requireOne(Consent consent, List<ApprovalRelation> missing, ApprovalRelation... anyOf) {
        for (ApprovalRelation relation : anyOf) {
            for (Consent.Approval a : consent.approvals()) {
                if (a.relation() == relation) {
                    return;
                }
            }
        }
        missing.add(anyOf[0]);
    }
}
