package org.guildmark.app.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The signed receipts of grants' status changes, one per change, kept as issued. */
@Repository
public class ConsentReceipts {

    private final JdbcClient jdbc;

    public ConsentReceipts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ConsentReceipt receipt) {
        jdbc.sql("""
                INSERT INTO consent_receipt (grant_id, ordinal, status, kid, jws, issued_at)
                VALUES (:grant, :ordinal, :status, :kid, :jws, :issuedAt)""")
                .param("grant", receipt.grant())
                .param("ordinal", receipt.ordinal())
                .param("status", receipt.status().code())
                .param("kid", receipt.kid())
                .param("jws", receipt.jws())
                .param("issuedAt", GrantUses.utc(receipt.issuedAt()))
                .update();
    }

    public List<ConsentReceipt> of(UUID grant) {
        return jdbc.sql("SELECT * FROM consent_receipt WHERE grant_id = :grant ORDER BY ordinal")
                .param("grant", grant).query(ConsentReceipts::receipt).list();
    }

    public Optional<ConsentReceipt> find(UUID grant, int ordinal) {
        return jdbc.sql("SELECT * FROM consent_receipt WHERE grant_id = :grant AND ordinal = :ordinal")
                .param("grant", grant).param("ordinal", ordinal).query(ConsentReceipts::receipt).optional();
    }

    private static ConsentReceipt receipt(ResultSet rs, int row) throws SQLException {
        return new ConsentReceipt(rs.getObject("grant_id", UUID.class), rs.getInt("ordinal"),
                ConsentStatus.ofCode(rs.getString("status")), rs.getString("kid"), rs.getString("jws"),
                rs.getObject("issued_at", OffsetDateTime.class).toInstant());
    }
}
