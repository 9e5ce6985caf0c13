package org.guildmark.app.registry;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.guildmark.core.dossier.Enums.RepresentativeRelation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which representative accounts act for which people: an account is bound to representatives of a person. */
@Repository
public class RepresentedPeople {

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
}
