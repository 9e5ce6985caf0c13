package org.guildmark.core.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.guildmark.core.dossier.Consent;
import org.guildmark.core.dossier.Enums.ApprovalRelation;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.PersonCategory;
import org.guildmark.core.dossier.Enums.Purpose;
import org.guildmark.core.dossier.Person;
import org.junit.jupiter.api.Test;

class ConsentEvaluatorTest {
    static final Person ANA = new Person(0, "ana", "Ana", PersonCategory.ADULT, null, null, List.of(), null);
    static final Instant MAY = Instant.parse("2026-05-02T10:00:00Z");

    static Consent consent(String id, Instant revokedAt, List<Consent.Approval> approvals) {
        return new Consent(0, id, "ana", "ana", LocalDate.parse("2026-02-01"), EnumSet.of(Aspect.FACE, Aspect.VOICE),
                EnumSet.of(Purpose.SYNTHETIC_MEDIA), new Consent.Scope("film", false, List.of()),
                LocalDate.parse("2026-02-01"), LocalDate.parse("2027-02-01"), null, null, null, null, approvals, revokedAt);
    }

    static ConsentQuery query(Set<Aspect> aspects, String production, Instant at) {
        return new ConsentQuery("ana", production, aspects, EnumSet.of(Purpose.SYNTHETIC_MEDIA), at);
    }

    @Test
    void a_consent_covering_person_aspect_purpose_scope_and_time_permits() {
        ConsentDecision d = ConsentEvaluator.evaluate(query(Set.of(Aspect.FACE), "film", MAY),
                List.of(consent("c1", null, List.of())), ANA);
        assertThat(d).isEqualTo(new ConsentDecision.Permit("c1"));
    }

    @Test
    void no_consent_for_the_person_denies_with_no_consent() {
        ConsentDecision d = ConsentEvaluator.evaluate(query(Set.of(Aspect.FACE), "film", MAY), List.of(), ANA);
        assertThat(d).isEqualTo(new ConsentDecision.Deny(List.of(DenyReason.NO_CONSENT)));
    }

    @Test
    void each_unmet_condition_gives_its_reason_code() {
        Consent c = consent("c1", null, List.of());
        assertThat(ConsentEvaluator.check(query(Set.of(Aspect.FACE), "film", Instant.parse("2026-01-01T00:00:00Z")), c, ANA))
                .containsExactly(DenyReason.NOT_YET_VALID);
        assertThat(ConsentEvaluator.check(query(Set.of(Aspect.FACE), "film", Instant.parse("2027-02-02T00:00:00Z")), c, ANA))
                .containsExactly(DenyReason.EXPIRED);
        assertThat(ConsentEvaluator.check(query(Set.of(Aspect.BODY), "other", MAY), c, ANA))
                .containsExactly(DenyReason.SCOPE_MISMATCH, DenyReason.ASPECT_NOT_COVERED);
        assertThat(ConsentEvaluator.check(new ConsentQuery("ana", "film", Set.of(Aspect.FACE),
                EnumSet.of(Purpose.MODEL_TRAINING), MAY), c, ANA)).containsExactly(DenyReason.PURPOSE_NOT_COVERED);
    }

    @Test
    void the_last_valid_day_still_permits() {
        Consent c = consent("c1", null, List.of());
        assertThat(ConsentEvaluator.check(query(Set.of(Aspect.FACE), "film", Instant.parse("2027-02-01T23:59:59Z")), c, ANA))
                .isEmpty();
    }

    @Test
    void a_revocation_applies_from_its_instant_on() {
        Instant revoked = Instant.parse("2026-05-02T10:00:00Z");
        Consent c = consent("c1", revoked, List.of());
        assertThat(ConsentEvaluator.check(query(Set.of(Aspect.FACE), "film", revoked.minusSeconds(1)), c, ANA)).isEmpty();
        assertThat(ConsentEvaluator.check(query(Set.of(Aspect.FACE), "film", revoked), c, ANA))
                .containsExactly(DenyReason.REVOKED);
    }

    @Test
    void a_minors_consent_is_pending_until_guardian_and_second_reviewer_approve() {
        Person minor = new Person(0, "ana", "Ana", PersonCategory.ADULT, LocalDate.parse("2015-01-01"), null, List.of(), null);
        ConsentQuery q = query(Set.of(Aspect.FACE), "film", MAY);
        assertThat(ConsentEvaluator.check(q, consent("c1", null, List.of()), minor))
                .containsExactly(DenyReason.APPROVAL_PENDING);
        List<Consent.Approval> both = List.of(
                new Consent.Approval("Luis", ApprovalRelation.GUARDIAN, LocalDate.parse("2026-02-01")),
                new Consent.Approval("Rita", ApprovalRelation.HEIGHTENED_REVIEW, LocalDate.parse("2026-02-01")));
        assertThat(ConsentEvaluator.check(q, consent("c1", null, both), minor)).isEmpty();
    }

    @Test
    void a_person_who_turned_18_before_giving_consent_is_an_adult() {
        Person adult = new Person(0, "ana", "Ana", PersonCategory.MINOR, LocalDate.parse("2008-01-31"), null, List.of(), null);
        assertThat(ConsentEvaluator.missingApprovals(consent("c1", null, List.of()), adult, LocalDate.parse("2026-02-01")))
                .containsExactly(ApprovalRelation.GUARDIAN, ApprovalRelation.HEIGHTENED_REVIEW);
        Person grown = new Person(0, "ana", "Ana", PersonCategory.ADULT, LocalDate.parse("2008-01-31"), null, List.of(), null);
        assertThat(ConsentEvaluator.missingApprovals(consent("c1", null, List.of()), grown, LocalDate.parse("2026-02-01")))
                .isEmpty();
    }

    @Test
    void the_first_permitting_consent_wins_among_several() {
        Consent expired = new Consent(0, "old", "ana", "ana", null, EnumSet.of(Aspect.FACE), EnumSet.of(Purpose.SYNTHETIC_MEDIA),
                new Consent.Scope(null, true, List.of()), LocalDate.parse("2020-01-01"), LocalDate.parse("2021-01-01"),
                null, null, null, null, List.of(), null);
        ConsentDecision d = ConsentEvaluator.evaluate(query(Set.of(Aspect.FACE), "film", MAY),
                List.of(expired, consent("c1", null, List.of())), ANA);
        assertThat(d).isEqualTo(new ConsentDecision.Permit("c1"));
    }
}
