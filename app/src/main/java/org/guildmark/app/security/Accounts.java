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

/**
 * The local accounts. Passwords go in as given and are stored only as their hash. Every change to how an account
 * signs in or what it may do (enabled or not, its password, its role and binding) moves its {@code session_epoch}
 * on, which ends its live sessions on every node ({@link AccountSessions}).
 */
@Repository
public class Accounts {

    private static final String COLUMNS = "id, username, password_hash, role, organization_id, person_id, enabled, "
            + "created_at, session_epoch, must_change_password";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    public Accounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Creates an enabled account with a password its holder chose, storing only the hash of {@code password}.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the username is taken
     */
    public Account create(String username, CharSequence password, Role role, UUID organization, UUID person) {
        return create(username, password, role, organization, person, PasswordKind.OWN);
    }

    /**
     * Creates an enabled account, storing only the hash of {@code password}; a {@link PasswordKind#TEMPORARY}
     * password must be replaced at the first sign-in.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the username is taken
     */
    public Account create(String username, CharSequence password, Role role, UUID organization, UUID person,
            PasswordKind kind) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("password must not be empty");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Account account = new Account(UUID.randomUUID(), username, passwords.encode(password), role, organization,
                person, true, now.toInstant(), 0, kind == PasswordKind.TEMPORARY);
        jdbc.sql("""
                INSERT INTO account (id, username, password_hash, role, organization_id, person_id, enabled, created_at,
                    session_epoch, must_change_password)
                VALUES (:id, :username, :hash, :role, :organization, :person, :enabled, :createdAt, 0, :mustChange)""")
                .param("id", account.id())
                .param("username", account.username())
                .param("hash", account.passwordHash())
                .param("role", role.code())
                .param("organization", organization)
                .param("person", person)
                .param("enabled", true)
                .param("createdAt", now)
                .param("mustChange", account.mustChangePassword())
                .update();
        return account;
    }

    /** The account signed in as {@code username}, if any. */
    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE username = :username")
                .param("username", username)
                .query(Accounts::account)
                .optional();
    }

    /** The account with this id, if any. */
    public Optional<Account> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = :id")
                .param("id", id)
                .query(Accounts::account)
                .optional();
    }

    /** Every account, by username. */
    public List<Account> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account ORDER BY username, id")
                .query(Accounts::account)
                .list();
    }

    /** One page of the accounts, by username. */
    public List<Account> list(int limit, int offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account ORDER BY username, id LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(Accounts::account)
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
    }

    /**
     * Enables or disables an account; a disabled account cannot sign in, and either way its live sessions end.
     * Returns whether the account exists.
     */
    public boolean setEnabled(UUID account, boolean enabled) {
        return jdbc.sql("UPDATE account SET enabled = :enabled, session_epoch = session_epoch + 1 WHERE id = :id")
                .param("enabled", enabled)
                .param("id", account)
                .update() == 1;
    }

    /** Replaces an account's password with one its holder chose. Returns whether the account exists. */
    public boolean changePassword(UUID account, CharSequence password) {
        return changePassword(account, password, PasswordKind.OWN);
    }

    /**
     * Replaces an account's password, storing only its hash, and ends its live sessions; a
     * {@link PasswordKind#TEMPORARY} one must be replaced at the next sign-in. Returns whether the account exists.
     */
    public boolean changePassword(UUID account, CharSequence password, PasswordKind kind) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("password must not be empty");
        }
        return jdbc.sql("""
                UPDATE account SET password_hash = :hash, must_change_password = :mustChange,
                    session_epoch = session_epoch + 1
                WHERE id = :id""")
                .param("hash", passwords.encode(password))
                .param("mustChange", kind == PasswordKind.TEMPORARY)
                .param("id", account)
                .update() == 1;
    }

    /**
     * Gives an account another role and binding (an organization for a production account, a person for a
     * performer) and ends its live sessions. Returns whether the account exists.
     *
     * @throws org.springframework.dao.DataIntegrityViolationException when the binding does not suit the role or
     *                                                                  names nothing in the registry
     */
    public boolean changeRole(UUID account, Role role, UUID organization, UUID person) {
        return jdbc.sql("""
                UPDATE account SET role = :role, organization_id = :organization, person_id = :person,
                    session_epoch = session_epoch + 1
                WHERE id = :id""")
                .param("role", role.code())
                .param("organization", organization)
                .param("person", person)
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
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getInt("session_epoch"),
                row.getBoolean("must_change_password"));
    }
}
