package org.guildmark.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.guildmark.core.consent.ConsentQuery;
import org.guildmark.core.dossier.Consent;
import org.guildmark.core.dossier.Enums.ApprovalRelation;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.PersonCategory;
import org.guildmark.core.dossier.Enums.Purpose;
import org.guildmark.core.dossier.Person;

/**
 * A realistic, deterministic population of people, their consents and the questions a registry is asked about
 * them, held in memory for the consent-check benchmark.
 *
 * <p>People are mostly adults, with some minors (by date of birth), deceased and vulnerable adults whose
 * consents carry the required approvals or not. Each person has about three consents: most scoped to one of a
 * few dozen productions, some general model-training grants, some expired, some revoked, some with a validity
 * that starts after they were given. Queries ask about those people at instants spread over 2017–2031; most
 * describe a use one of the person's consents covers, the rest change one thing about it (production, aspect,
 * purpose, instant) or ask about someone with no consent at all.
 */
public final class ConsentMix {
    static final int PRODUCTIONS = 40;
    private static final LocalDate EPOCH = LocalDate.parse("2018-01-01");
    private static final Aspect[] ASPECTS = Aspect.values();

    /** Person id → person; ids without consents are present too. */
    public final Map<String, Person> people;
    /** Person id → that person's consents (an empty list when they gave none). */
    public final Map<String, List<Consent>> consentsByPerson;
    public final ConsentQuery[] queries;

    private ConsentMix(Map<String, Person> people, Map<String, List<Consent>> consentsByPerson, ConsentQuery[] queries) {
        this.people = people;
        this.consentsByPerson = consentsByPerson;
        this.queries = queries;
    }

    public static ConsentMix generate(int peopleCount, int queryCount, long seed) {
        Random random = new Random(seed);
        Map<String, Person> people = new HashMap<>();
        Map<String, List<Consent>> consents = new HashMap<>();
        List<String> ids = new ArrayList<>(peopleCount);
        int consentIndex = 0;
        for (int p = 0; p < peopleCount; p++) {
            String id = "person-" + p;
            Person person = person(p, id, random);
            people.put(id, person);
            ids.add(id);
            // 1–5 consents, about three on average; 3 % of people gave none
            int count = random.nextInt(100) < 3 ? 0 : 1 + random.nextInt(5);
            List<Consent> mine = new ArrayList<>(count);
            for (int c = 0; c < count; c++) {
                mine.add(consent(consentIndex++, id, person, random));
            }
            consents.put(id, List.copyOf(mine));
        }
        ConsentQuery[] queries = new ConsentQuery[queryCount];
        for (int q = 0; q < queryCount; q++) {
            String id = ids.get(random.nextInt(ids.size()));
            queries[q] = query(id, consents.get(id), random);
        }
        return new ConsentMix(Map.copyOf(people), Map.copyOf(consents), queries);
    }

    private static Person person(int index, String id, Random random) {
        int roll = random.nextInt(100);
        if (roll < 8) { // a minor: born 2010–2017, so under 18 for every consent in the mix
            return new Person(index, id, "Minor " + index, PersonCategory.ADULT, day(LocalDate.parse("2010-01-01"), 8 * 365, random),
                    null, List.of(), null);
        }
        if (roll < 12) { // deceased before any consent: the estate consents
            return new Person(index, id, "Late " + index, PersonCategory.DECEASED, LocalDate.parse("1940-01-01"),
                    day(LocalDate.parse("1990-01-01"), 20 * 365, random), List.of(), null);
        }
        if (roll < 16) {
            return new Person(index, id, "Ward " + index, PersonCategory.VULNERABLE, day(LocalDate.parse("1960-01-01"), 30 * 365, random),
                    null, List.of(), null);
        }
        return new Person(index, id, "Adult " + index, PersonCategory.ADULT, day(LocalDate.parse("1950-01-01"), 50 * 365, random),
                null, List.of(), null);
    }

    private static Consent consent(int index, String personId, Person person, Random random) {
        LocalDate given = day(EPOCH, 8 * 365, random);
        LocalDate from = random.nextInt(100) < 15 ? given.plusDays(30 + random.nextInt(300)) : null;
        LocalDate start = from != null ? from : given;
        LocalDate until = random.nextInt(100) < 10 ? null : start.plusDays(365 + random.nextInt(4 * 365));
        Instant revoked = random.nextInt(100) < 8 ? start.plusDays(random.nextInt(700)).atStartOfDay(ZoneOffset.UTC)
                .toInstant().plusSeconds(random.nextInt(86_400)) : null;
        boolean training = random.nextInt(100) < 20;
        Consent.Scope scope = training ? new Consent.Scope(null, true, List.of())
                : new Consent.Scope(production(random.nextInt(PRODUCTIONS)), false, List.of());
        Set<Aspect> aspects = EnumSet.of(Aspect.FACE);
        for (int i = 0; i < 2; i++) {
            aspects.add(ASPECTS[random.nextInt(ASPECTS.length)]);
        }
        Set<Purpose> purposes = training ? EnumSet.of(Purpose.MODEL_TRAINING)
                : random.nextBoolean() ? EnumSet.of(Purpose.SYNTHETIC_MEDIA)
                : EnumSet.of(Purpose.SYNTHETIC_MEDIA, Purpose.DIGITAL_ALTERATION);
        return new Consent(index, "consent-" + index, personId, personId, given, aspects, purposes, scope, from, until,
                null, null, null, null, approvals(person, given, random), revoked);
    }

    /** For a protected person: usually everything clause 3.4 asks for, sometimes too little. */
    private static List<Consent.Approval> approvals(Person person, LocalDate given, Random random) {
        PersonCategory category = person.categoryOn(given);
        if (category == PersonCategory.ADULT) {
            return List.of();
        }
        ApprovalRelation required = switch (category) {
            case MINOR -> ApprovalRelation.GUARDIAN;
            case DECEASED -> ApprovalRelation.ESTATE;
            default -> random.nextBoolean() ? ApprovalRelation.CONSERVATOR : ApprovalRelation.GUARDIAN;
        };
        Consent.Approval representative = new Consent.Approval("Rep of " + person.id(), required, given);
        int roll = random.nextInt(100);
        if (roll < 60) {
            return List.of(representative, new Consent.Approval("Reviewer " + random.nextInt(20),
                    ApprovalRelation.HEIGHTENED_REVIEW, given));
        }
        if (roll < 75) { // the representative reviewed their own approval: no second person
            return List.of(representative, new Consent.Approval(representative.by(), ApprovalRelation.HEIGHTENED_REVIEW, given));
        }
        if (roll < 90) {
            return List.of(representative);
        }
        return List.of();
    }

    /**
     * A use one of the person's consents covers, changed in one respect about a third of the time; instants
     * inside the consent's validity, or anywhere in 2017–2031 when the person has no consent.
     */
    private static ConsentQuery query(String personId, List<Consent> consents, Random random) {
        if (consents.isEmpty()) {
            return new ConsentQuery(personId, production(random.nextInt(PRODUCTIONS)), EnumSet.of(Aspect.FACE),
                    EnumSet.of(Purpose.SYNTHETIC_MEDIA), instant(LocalDate.parse("2017-01-01"), 15 * 365, random));
        }
        Consent target = consents.get(random.nextInt(consents.size()));
        String production = target.scope().general() ? production(random.nextInt(PRODUCTIONS)) : target.scope().production();
        Set<Aspect> aspects = EnumSet.noneOf(Aspect.class);
        for (Aspect a : target.aspects()) {
            if (aspects.isEmpty() || random.nextBoolean()) {
                aspects.add(a);
            }
        }
        Set<Purpose> purposes = EnumSet.of(target.purposes().iterator().next());
        LocalDate start = target.validFrom() != null ? target.validFrom() : target.givenAt();
        LocalDate end = target.validUntil() != null ? target.validUntil() : start.plusYears(5);
        Instant at = instant(start, (int) (end.toEpochDay() - start.toEpochDay()) + 1, random);
        switch (random.nextInt(18)) {
            case 0 -> at = instant(start.minusYears(1), 364, random); // before it is valid
            case 1 -> at = instant(end.plusDays(1), 3 * 365, random); // after it expired
            case 2 -> production = "production-elsewhere"; // a production no consent names
            case 3 -> aspects.add(ASPECTS[random.nextInt(ASPECTS.length)]); // maybe an aspect not covered
            case 4 -> purposes = EnumSet.of(Purpose.DIGITAL_ALTERATION); // maybe a purpose not covered
            case 5 -> { // someone else entirely: no consent
                personId = "unknown-" + random.nextInt(1000);
            }
            default -> {
            }
        }
        return new ConsentQuery(personId, production, aspects, purposes, at);
    }

    static String production(int n) {
        return "production-" + n;
    }

    private static LocalDate day(LocalDate from, int spanDays, Random random) {
        return from.plusDays(random.nextInt(Math.max(1, spanDays)));
    }

    private static Instant instant(LocalDate from, int spanDays, Random random) {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant()
                .plusSeconds((long) random.nextInt(Math.max(1, spanDays)) * 86_400 + random.nextInt(86_400));
    }
}
