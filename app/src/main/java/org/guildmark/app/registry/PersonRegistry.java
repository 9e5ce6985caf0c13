package org.guildmark.app.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.guildmark.core.dossier.Enums.PersonCategory;
import org.guildmark.core.dossier.Enums.RepresentativeRelation;
import org.guildmark.core.dossier.Person.Representative;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionOperations;

/** The people whose likeness the registry protects, and their representatives. */
@Repository
public class PersonRegistry {

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final Clock clock;

    public PersonRegistry(JdbcClient jdbc, TransactionOperations transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Registers a person with their representatives, in one transaction. */
    public RegisteredPerson register(String name, PersonCategory category, LocalDate dateOfBirth,
            LocalDate dateOfDeath, List<Representative> representatives) {
        RegisteredPerson person =
                new RegisteredPerson(UUID.randomUUID(), name, category, dateOfBirth, dateOfDeath, representatives);
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                    INSERT INTO person (id, name, category, date_of_birth, date_of_death, created_at)
                    VALUES (:id, :name, :category, :dateOfBirth, :dateOfDeath, :createdAt)""")
                    .param("id", person.id())
                    .param("name", person.name())
                    .param("category", Codes.code(person.category()))
                    .param("dateOfBirth", person.dateOfBirth())
                    .param("dateOfDeath", person.dateOfDeath())
                    .param("createdAt", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                    .update();
            List<Representative> ordered = person.representatives();
            for (int ordinal = 0; ordinal < ordered.size(); ordinal++) {
                Representative representative = ordered.get(ordinal);
                jdbc.sql("""
                        INSERT INTO representative (id, person_id, name, relation, ordinal)
                        VALUES (:id, :person, :name, :relation, :ordinal)""")
                        .param("id", UUID.randomUUID())
                        .param("person", person.id())
                        .param("name", representative.name())
                        .param("relation", Codes.code(representative.relation()))
                        .param("ordinal", ordinal)
                        .update();
            }
        });
        return person;
    }

    /** People by name, a page at a time, each with their representatives. */
    public List<RegisteredPerson> list(int limit, int offset) {
        return transactions.execute(status -> jdbc.sql("""
                        SELECT id FROM person ORDER BY name, id LIMIT :limit OFFSET :offset""")
                .param("limit", limit).param("offset", offset)
                .query(UUID.class).list().stream()
                .map(id -> find(id).orElseThrow())
                .toList());
    }

    /**
     * Adds a representative after the person's others, in one transaction; the person row is locked first so two
     * additions at once do not take the same ordinal.
     *
     * @return the person with all their representatives, or empty when there is no such person
     */
    public Optional<RegisteredPerson> addRepresentative(UUID person, Representative representative) {
        return transactions.execute(status -> {
            boolean exists = jdbc.sql("SELECT id FROM person WHERE id = :id FOR UPDATE").param("id", person)
                    .query(UUID.class).optional().isPresent();
            if (!exists) {
                return Optional.<RegisteredPerson>empty();
            }
            int ordinal = jdbc.sql("SELECT COALESCE(MAX(ordinal) + 1, 0) FROM representative WHERE person_id = :p")
                    .param("p", person).query(Integer.class).single();
            jdbc.sql("""
                    INSERT INTO representative (id, person_id, name, relation, ordinal)
                    VALUES (:id, :person, :name, :relation, :ordinal)""")
                    .param("id", UUID.randomUUID())
                    .param("person", person)
                    .param("name", representative.name())
                    .param("relation", Codes.code(representative.relation()))
                    .param("ordinal", ordinal)
                    .update();
            return find(person);
        });
    }

    public Optional<RegisteredPerson> find(UUID id) {
        return transactions.execute(status -> jdbc.sql("""
                        SELECT id, name, category, date_of_birth, date_of_death FROM person WHERE id = :id""")
                .param("id", id)
                .query((rs, row) -> new RegisteredPerson(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        Codes.of(PersonCategory.class, rs.getString("category")),
                        rs.getObject("date_of_birth", LocalDate.class),
                        rs.getObject("date_of_death", LocalDate.class),
                        representativesOf(id)))
                .optional());
    }

    private List<Representative> representativesOf(UUID person) {
        return jdbc.sql("SELECT name, relation FROM representative WHERE person_id = :person ORDER BY ordinal")
                .param("person", person)
                .query((rs, row) -> new Representative(
                        rs.getString("name"), Codes.of(RepresentativeRelation.class, rs.getString("relation"))))
                .list();
    }
}
