package org.guildmark.app.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.guildmark.app.registry.RegistryRefusal.InputProblem;
import org.guildmark.app.registry.RegistryRefusal.InvalidInput;
import org.guildmark.app.registry.RegistryRefusal.NotFound;
import org.guildmark.core.dossier.Enums.PersonCategory;
import org.guildmark.core.dossier.Enums.ProductionType;
import org.guildmark.core.dossier.Enums.RepresentativeRelation;
import org.guildmark.core.dossier.Person.Representative;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The guild registers organizations, their productions, people and their representatives here, for the API and
 * the admin pages alike. Every rule is checked before anything is stored; a refusal is an {@link InvalidInput}
 * whose pointers name the fields ({@code /name}, {@code /dateOfBirth}, ...), so a page can put each message next
 * to its field. Null arguments mean the field was missing.
 */
@Service
public class Registrations {

    /** Adulthood for clause 3.4: a minor is under 18 on the day of registration. */
    static final int ADULT_AGE = 18;
    static final int MAX_NAME = 300;
    static final Pattern PRODUCTION_CODE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    private final Organizations organizations;
    private final PersonRegistry people;
    private final Clock clock;

    public Registrations(Organizations organizations, PersonRegistry people, Clock clock) {
        this.organizations = organizations;
        this.people = people;
        this.clock = clock;
    }

    public Organizations.Listed registerOrganization(String name) {
        refuseIf(organizationProblems(name));
        String stripped = name.strip();
        return new Organizations.Listed(organizations.register(stripped), stripped);
    }

    public List<InputProblem> organizationProblems(String name) {
        List<InputProblem> problems = new ArrayList<>();
        name(problems, "/name", name);
        return problems;
    }

    /** @throws NotFound when there is no such organization (after the input is checked) */
    public Organizations.ListedProduction registerProduction(UUID organization, String code, String title,
            ProductionType type) {
        refuseIf(productionProblems(code, title, type));
        String cleanCode = code.strip();
        if (organizations.name(organization).isEmpty()) {
            throw new NotFound("organization");
        }
        try {
            if (organizations.productionCodeTaken(cleanCode)) {
                throw taken();
            }
            UUID id = organizations.registerProduction(organization, cleanCode, title.strip(), type);
            return new Organizations.ListedProduction(id, organization, cleanCode, title.strip(), type);
        } catch (DuplicateKeyException takenMeanwhile) {
            throw taken();
        }
    }

    /** What is wrong with a production's fields, without looking anything up. */
    public List<InputProblem> productionProblems(String code, String title, ProductionType type) {
        List<InputProblem> problems = new ArrayList<>();
        String cleanCode = code == null ? null : code.strip();
        if (cleanCode == null || cleanCode.isEmpty()) {
            problems.add(new InputProblem("/code", "Enter the production's code, e.g. lighthouse-2026."));
        } else if (!PRODUCTION_CODE.matcher(cleanCode).matches()) {
            problems.add(new InputProblem("/code", "The code may hold lower-case letters, digits, dots, dashes and "
                    + "underscores (at most 100), starting with a letter or digit, e.g. lighthouse-2026."));
        }
        if (title == null || title.isBlank()) {
            problems.add(new InputProblem("/title", "Enter the production's title."));
        } else if (title.strip().length() > 500) {
            problems.add(new InputProblem("/title", "The title is longer than 500 characters; shorten it."));
        }
        if (type == null) {
            problems.add(new InputProblem("/type", "Choose the production's type."));
        }
        return problems;
    }

    public RegisteredPerson registerPerson(String name, PersonCategory category, LocalDate dateOfBirth,
            LocalDate dateOfDeath) {
        refuseIf(personProblems(name, category, dateOfBirth, dateOfDeath));
        return people.register(name.strip(), category, dateOfBirth, dateOfDeath, List.of());
    }

    /**
     * What is wrong with a person's fields. A minor needs a date of birth under 18 years ago and an adult one at
     * least 18 years ago, if given; a deceased person needs a date of death, nobody else has one; no date is in
     * the future and death is never before birth.
     */
    public List<InputProblem> personProblems(String name, PersonCategory category, LocalDate dateOfBirth,
            LocalDate dateOfDeath) {
        List<InputProblem> problems = new ArrayList<>();
        name(problems, "/name", name);
        LocalDate today = LocalDate.now(clock);
        if (category == null) {
            problems.add(new InputProblem("/category", "Choose the person's category: adult, minor, deceased or "
                    + "vulnerable."));
        }
        if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
            problems.add(new InputProblem("/dateOfBirth", "The date of birth is in the future."));
        } else if (category == PersonCategory.MINOR) {
            if (dateOfBirth == null) {
                problems.add(new InputProblem("/dateOfBirth", "A minor needs a date of birth, so the registry knows "
                        + "when they come of age."));
            } else if (age(dateOfBirth, today) >= ADULT_AGE) {
                problems.add(new InputProblem("/dateOfBirth", "Born " + dateOfBirth + ", the person is 18 or older: "
                        + "register them as adult (or vulnerable), or correct the date."));
            }
        } else if (category == PersonCategory.ADULT && dateOfBirth != null && age(dateOfBirth, today) < ADULT_AGE) {
            problems.add(new InputProblem("/dateOfBirth", "Born " + dateOfBirth + ", the person is under 18: "
                    + "register them as minor, or correct the date."));
        }
        if (category == PersonCategory.DECEASED && dateOfDeath == null) {
            problems.add(new InputProblem("/dateOfDeath", "A deceased person needs a date of death."));
        } else if (category != null && category != PersonCategory.DECEASED && dateOfDeath != null) {
            problems.add(new InputProblem("/dateOfDeath", "Only a deceased person has a date of death: choose "
                    + "deceased, or leave the date empty."));
        } else if (dateOfDeath != null && dateOfDeath.isAfter(today)) {
            problems.add(new InputProblem("/dateOfDeath", "The date of death is in the future."));
        } else if (dateOfDeath != null && dateOfBirth != null && dateOfDeath.isBefore(dateOfBirth)) {
            problems.add(new InputProblem("/dateOfDeath", "The date of death is before the date of birth ("
                    + dateOfBirth + ")."));
        }
        return problems;
    }

    /** @throws NotFound when there is no such person (after the input is checked) */
    public RegisteredPerson addRepresentative(UUID person, String name, RepresentativeRelation relation) {
        refuseIf(representativeProblems(name, relation));
        RegisteredPerson found = people.find(person).orElseThrow(() -> new NotFound("person"));
        // An estate acts only for someone who has died; a guardian or conservator only for someone alive.
        boolean deceased = found.category() == PersonCategory.DECEASED;
        if (relation == RepresentativeRelation.ESTATE && !deceased) {
            throw InvalidInput.at("/relation", "An estate represents a deceased person; this person is "
                    + Codes.code(found.category()) + ". Choose guardian, conservator or agent.");
        }
        if (deceased && (relation == RepresentativeRelation.GUARDIAN
                || relation == RepresentativeRelation.CONSERVATOR)) {
            throw InvalidInput.at("/relation", "A deceased person is represented by their estate (or an agent), "
                    + "not a " + Codes.code(relation) + ".");
        }
        return people.addRepresentative(person, new Representative(name.strip(), relation))
                .orElseThrow(() -> new NotFound("person"));
    }

    /** What is wrong with a representative's fields, before the person is looked up. */
    public List<InputProblem> representativeProblems(String name, RepresentativeRelation relation) {
        List<InputProblem> problems = new ArrayList<>();
        name(problems, "/name", name);
        if (relation == null) {
            problems.add(new InputProblem("/relation", "Choose the relation: guardian, estate, conservator or "
                    + "agent."));
        }
        return problems;
    }

    private static int age(LocalDate born, LocalDate today) {
        return Period.between(born, today).getYears();
    }

    private static void name(List<InputProblem> problems, String pointer, String name) {
        if (name == null || name.isBlank()) {
            problems.add(new InputProblem(pointer, "Enter the name."));
        } else if (name.strip().length() > MAX_NAME) {
            problems.add(new InputProblem(pointer, "The name is longer than " + MAX_NAME + " characters; shorten "
                    + "it."));
        }
    }

    private static InvalidInput taken() {
        return InvalidInput.at("/code", "Another production already has this code; codes are unique in the "
                + "registry, so choose another.");
    }

    private static void refuseIf(List<InputProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
