package org.guildmark.core.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.guildmark.core.dossier.Consent;
import org.guildmark.core.dossier.Enums.ApprovalRelation;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.PersonCategory;
import org.guildmark.core.dossier.Enums.Purpose;
import org.guildmark.core.dossier.Person;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

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

    @Property(tries = 2000)
    void the_evaluator_agrees_with_a_straightforward_reading_of_the_rules(@ForAll long seed) {
        Random random = new Random(seed);
        Person subject = random.nextInt(8) == 0 ? null : randomPerson(random);
        List<Consent> candidates = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            candidates.add(randomConsent(random));
        }
        ConsentQuery q = new ConsentQuery(random.nextInt(6) == 0 ? "bob" : "ana", pick(random, "film", "other", null),
                subset(random, Aspect.class), subset(random, Purpose.class), randomInstant(random));
        assertThat(ConsentEvaluator.evaluate(q, candidates, subject)).isEqualTo(Reference.evaluate(q, candidates, subject));
        for (Consent c : candidates) {
            assertThat(ConsentEvaluator.check(q, c, subject)).isEqualTo(Reference.check(q, c, subject));
            if (subject != null) {
                LocalDate day = randomDay(random);
                assertThat(ConsentEvaluator.missingApprovals(c, subject, day))
                        .isEqualTo(Reference.missingApprovals(c, subject, day));
            }
        }
    }

    private static Person randomPerson(Random random) {
        return new Person(0, "ana", "Ana", PersonCategory.values()[random.nextInt(PersonCategory.values().length)],
                random.nextBoolean() ? null : LocalDate.parse("2000-01-01").plusDays(random.nextInt(20 * 365)),
                random.nextInt(5) == 0 ? randomDay(random) : null, List.of(), null);
    }

    private static Consent randomConsent(Random random) {
        List<Consent.Approval> approvals = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            approvals.add(new Consent.Approval(pick(random, "Luis", "Rita", "Ana"),
                    ApprovalRelation.values()[random.nextInt(ApprovalRelation.values().length)], randomDay(random)));
        }
        Consent.Scope scope = random.nextInt(10) == 0 ? null
                : new Consent.Scope(pick(random, "film", "other", null), random.nextInt(4) == 0, List.of());
        return new Consent(0, "c" + random.nextInt(100), random.nextInt(6) == 0 ? "bob" : "ana", "ana",
                random.nextBoolean() ? randomDay(random) : null, subset(random, Aspect.class), subset(random, Purpose.class),
                scope, random.nextBoolean() ? randomDay(random) : null, random.nextBoolean() ? randomDay(random) : null,
                null, null, null, null, approvals, random.nextInt(3) == 0 ? randomInstant(random) : null);
    }

    private static LocalDate randomDay(Random random) {
        return LocalDate.parse("2024-01-01").plusDays(random.nextInt(4 * 365));
    }

    private static Instant randomInstant(Random random) {
        return randomDay(random).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(random.nextInt(86_400));
    }

    private static <E extends Enum<E>> Set<E> subset(Random random, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (E e : type.getEnumConstants()) {
            if (random.nextInt(3) == 0) {
                set.add(e);
            }
        }
        return set;
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    /** The rules of "The check" read literally, with sets and streams: what the evaluator must keep answering. */
    static final class Reference {
        static List<DenyReason> check(ConsentQuery query, Consent consent, Person subject) {
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

        static ConsentDecision evaluate(ConsentQuery query, Collection<Consent> candidates, Person subject) {
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

        static List<ApprovalRelation> missingApprovals(Consent consent, Person subject, LocalDate otherwise) {
            LocalDate on = consent.givenAt() != null ? consent.givenAt()
                    : consent.validFrom() != null ? consent.validFrom() : otherwise;
            List<ApprovalRelation> missing = new ArrayList<>();
            switch (subject.categoryOn(on)) {
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
}
