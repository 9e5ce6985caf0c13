package org.guildmark.app.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.guildmark.core.dossier.Enums.PersonCategory;
import org.guildmark.core.dossier.Enums.RepresentativeRelation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which representative accounts act for which people: an account is bound to representatives of a person. */
@Repository
public class RepresentedPeople {

    private static final String SELECT_ENTRY = """
            SELECT r.id, r.person_id, p.name AS person_name, p.category, r.name, r.relation
            FROM representative r JOIN person p ON p.id = r.person_id""";

    private final JdbcClient jdbc;

    public RepresentedPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Binds a representative account to the person's representative named {@code representative}.
     *
     * @throws NoSuchElementException when the person has no representative of that name
     */
    public Representation bind(UUID account, UUID person, String representative) {
        record Row(UUID id, RepresentativeRelation relation) {
        }
        Row row = jdbc.sql("SELECT id, relation FROM representative WHERE person_id = :person AND name = :name "
                        + "ORDER BY ordinal")
                .param("person", person)
                .param("name", representative)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class),
                        Codes.of(RepresentativeRelation.class, rs.getString("relation"))))
                .list().stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("person " + person + " has no representative named "
                        + representative));
        jdbc.sql("INSERT INTO representative_account (account_id, representative_id) VALUES (:account, :rep)")
                .param("account", account)
                .param("rep", row.id())
                .update();
        return new Representation(person, representative, row.relation());
    }

    /**
     * Binds a representative account to one representative entry (its id in {@code representative}).
     *
     * @throws NoSuchElementException when there is no such entry
     */
    public Representation bind(UUID account, UUID representative) {
        RegisteredRepresentative entry = find(representative).orElseThrow(() -> new NoSuchElementException(
                "no representative " + representative));
        jdbc.sql("INSERT INTO representative_account (account_id, representative_id) VALUES (:account, :rep)")
                .param("account", account)
                .param("rep", entry.id())
                .update();
        return new Representation(entry.person(), entry.name(), entry.relation());
    }

    /** Every representative entry of every person, by the person's name: what an account can be bound to. */
    public List<RegisteredRepresentative> all() {
        return jdbc.sql(SELECT_ENTRY + " ORDER BY p.name, p.id, r.ordinal").query(RepresentedPeople::entry).list();
    }

    public Optional<RegisteredRepresentative> find(UUID representative) {
        return jdbc.sql(SELECT_ENTRY + " WHERE r.id = :id").param("id", representative)
                .query(RepresentedPeople::entry).optional();
    }

    /** The representative entries a representative account is bound to. */
    public List<RegisteredRepresentative> entriesOf(UUID account) {
        return jdbc.sql(SELECT_ENTRY + " JOIN representative_account a ON a.representative_id = r.id"
                        + " WHERE a.account_id = :account ORDER BY p.name, r.ordinal")
                .param("account", account).query(RepresentedPeople::entry).list();
    }

    /** The people the account acts for, as whom. */
    public List<Representation> of(UUID account) {
        return jdbc.sql("""
                        SELECT r.person_id, r.name, r.relation FROM representative_account a
                        JOIN representative r ON r.id = a.representative_id
                        WHERE a.account_id = :account ORDER BY r.person_id, r.ordinal""")
                .param("account", account)
                .query((rs, n) -> new Representation(rs.getObject("person_id", UUID.class), rs.getString("name"),
                        Codes.of(RepresentativeRelation.class, rs.getString("relation"))))
                .list();
    }

    private static RegisteredRepresentative entry(ResultSet rs, int n) throws SQLException {
        return new RegisteredRepresentative(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("person_name"), Codes.of(PersonCategory.class, rs.getString("category")),
                rs.getString("name"), Codes.of(RepresentativeRelation.class, rs.getString("relation")));
    }
}
