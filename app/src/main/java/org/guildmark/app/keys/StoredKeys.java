package org.guildmark.app.keys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import com.nimbusds.jose.jwk.OctetKeyPair;
import org.guildmark.app.DatabaseTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code guild_key} table: public JWKs in clear, private keys only as JWE. Rows are never deleted. */
@Repository
class StoredKeys {

    /** A stored key: its public part and its encrypted private part. */
    record Stored(GuildKey key, String privateJwe) {
    }

    private final JdbcClient jdbc;

    StoredKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(GuildKey key, String privateJwe) {
        jdbc.sql("""
                INSERT INTO guild_key (kid, algorithm, public_jwk, private_jwe, status, created_at, retired_at)
                VALUES (:kid, :algorithm, :publicJwk, :privateJwe, :status, :createdAt, :retiredAt)""")
                .param("kid", key.kid())
                .param("algorithm", "EdDSA")
                .param("publicJwk", key.publicKey().toJSONString())
                .param("privateJwe", privateJwe)
                .param("status", key.status().code())
                .param("createdAt", DatabaseTime.utc(key.createdAt()))
                .param("retiredAt", key.retiredAt() == null ? null : DatabaseTime.utc(key.retiredAt()))
                .update();
    }

    /**
     * Makes {@code next} the only active key. It is inserted before the others are retired: stopped in between,
     * the oldest active key, the old one, still signs, so a failed rotation changes nothing.
     */
    void rotateTo(GuildKey next, String privateJwe, Instant at) {
        insert(next, privateJwe);
        jdbc.sql("UPDATE guild_key SET status = 'retired', retired_at = :at WHERE status = 'active' AND kid <> :kid")
                .param("at", DatabaseTime.utc(at))
                .param("kid", next.kid())
                .update();
    }

    /** Every key, oldest first. */
    List<Stored> all() {
        return jdbc.sql("SELECT * FROM guild_key ORDER BY created_at, kid").query(StoredKeys::stored).list();
    }

    /** The oldest active key: when two nodes generated one at the same first start, both sign with the same. */
    Optional<Stored> signing() {
        return all().stream().filter(stored -> stored.key().status() == KeyStatus.ACTIVE).findFirst();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        OffsetDateTime retired = rs.getObject("retired_at", OffsetDateTime.class);
        try {
            return new Stored(new GuildKey(
                    rs.getString("kid"),
                    KeyStatus.ofCode(rs.getString("status")),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                    retired == null ? null : retired.toInstant(),
                    OctetKeyPair.parse(rs.getString("public_jwk"))),
                    rs.getString("private_jwe"));
        } catch (ParseException e) {
            throw new IllegalStateException("stored public key " + rs.getString("kid") + " is not a JWK", e);
        }
    }

}
