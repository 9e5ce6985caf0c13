package org.guildmark.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/** The local accounts. Passwords go in as given and are stored only as their hash. */
@Repository
public class Accounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    public Accounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Creates an enabled account, storing only the hash of {@code password}.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the username is taken
     */
    public Account create(String username, CharSequence password, Role role, UUID organization, UUID person) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("password must not be empty");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Account account = new Account(UUID.randomUUID(), username, passwords.encode(password), role, organization,
                person, true, now.toInstant());
        jdbc.sql("""
                INSERT INTO account (id, username, password_hash, role, organization_id, person_id, enabled, created_at)
                VALUES (:id, :username, :hash, :role, :organization, :person, :enabled, :createdAt)""")
                .param("id", account.id())
                .param("username", account.username())
                .param("hash", account.passwordHash())
                .param("role", role.code())
                .param("organization", organization)
                .param("person", person)
                .param("enabled", true)
                .param("createdAt", now)
                .update();
        return account;
    }

    /** The account signed in as {@code username}, if any. */
    public Optional<Account> find(String username) {
        return jdbc.sql("""
                SELECT id, username, password_hash, role, organization_id, person_id, enabled, created_at
                FROM account WHERE username = :username""")
                .param("username", username)
                .query(Accounts::account)
                .optional();
    }

    /** The account with this id, if any. */
    public Optional<Account> find(UUID id) {
        return jdbc.sql("""
                SELECT id, username, password_hash, role, organization_id, person_id, enabled, created_at
                FROM account WHERE id = :id""")
                .param("id", id)
                .query(Accounts::account)
                .optional();
    }

    /** Every account, by username. */
    public List<Account> list() {
        return jdbc.sql("""
                SELECT id, username, password_hash, role, organization_id, person_id, enabled, created_at
                FROM account ORDER BY username""")
                .query(Accounts::account)
                .list();
    }

    /** Enables or disables an account; a disabled account cannot sign in. Returns whether the account exists. */
    public boolean setEnabled(UUID account, boolean enabled) {
        return jdbc.sql("UPDATE account SET enabled = :enabled WHERE id = :id")
                .param("enabled", enabled)
                .param("id", account)
                .update() == 1;
    }

    /** Replaces an account's password, storing only its hash. Returns whether the account exists. */
    public boolean changePassword(UUID account, CharSequence password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("password must not be empty");
        }
        return jdbc.sql("UPDATE account SET password_hash = :hash WHERE id = :id")
                .param("hash", passwords.encode(password))
                .param("id", account)
                .update() == 1;
    }

    /** Whether any account holds the admin role. */
    public boolean anyAdmin() {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE role = :role")
                .param("role", Role.ADMIN.code())
                .query(Long.class)
                .single() > 0;
    }

    private static Account account(ResultSet row, int number) throws SQLException {
        return new Account(
                row.getObject("id", UUID.class),
                row.getString("username"),
                row.getString("password_hash"),
                Role.ofCode(row.getString("role")),
                row.getObject("organization_id", UUID.class),
                row.getObject("person_id", UUID.class),
                row.getBoolean("enabled"),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
