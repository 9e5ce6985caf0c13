package org.guildmark.app.security;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.guildmark.app.registry.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accounts and the first admin, as every database the server runs on must keep them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccountStorageContract {

    private static final Instant NOW = Instant.parse("2026-02-01T10:15:30Z");

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private TestDatabase database;
    private JdbcClient jdbc;
    private Accounts accounts;

    abstract TestDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        jdbc = database.jdbc();
        accounts = new Accounts(jdbc, encoder, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void noAccounts() {
        jdbc.sql("DELETE FROM representative_account").update();
        jdbc.sql("DELETE FROM account").update();
    }

    @Test
    void the_first_start_with_a_configured_password_creates_admin_with_only_its_bcrypt_hash() {
        Console console = new Console();

        boolean created = new AdminBootstrap(accounts, "correct horse battery staple", console.stream()).ensureAdmin();

        assertThat(created).isTrue();
        Account admin = accounts.find("admin").orElseThrow();
        assertThat(admin.mustChangePassword()).as("the operator chose it").isFalse();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.enabled()).isTrue();
        assertThat(admin.createdAt()).isEqualTo(NOW);
        assertThat(admin.passwordHash()).startsWith("{bcrypt}").doesNotContain("correct horse");
        assertThat(encoder.matches("correct horse battery staple", admin.passwordHash())).isTrue();
        assertThat(console.text()).isEmpty();
    }

    @Test
    void the_first_start_without_a_password_prints_a_one_time_password_once_and_later_starts_print_nothing() {
        Console first = new Console();
        assertThat(new AdminBootstrap(accounts, null, first.stream()).ensureAdmin()).isTrue();

        String printed = first.text();
        assertThat(printed).contains("'admin'").contains("one-time password").contains("never again");
        String password = Arrays.stream(printed.split("\\R"))
                .filter(line -> line.startsWith("    "))
                .map(String::strip)
                .findFirst().orElseThrow();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20).matches("[A-Za-z0-9]+");
        String hash = accounts.find("admin").orElseThrow().passwordHash();
        assertThat(hash).doesNotContain(password);
        assertThat(accounts.find("admin").orElseThrow().mustChangePassword())
                .as("seen on the console, so replaced at the first sign-in").isTrue();
        assertThat(encoder.matches(password, hash)).isTrue();

        Console second = new Console();
        assertThat(new AdminBootstrap(accounts, null, second.stream()).ensureAdmin()).isFalse();
        assertThat(new AdminBootstrap(accounts, "another password", second.stream()).ensureAdmin()).isFalse();

        assertThat(second.text()).isEmpty();
        assertThat(accounts.find("admin").orElseThrow().passwordHash()).isEqualTo(hash);
    }

    @Test
    void two_starts_never_print_the_same_one_time_password() {
        Console one = new Console();
        new AdminBootstrap(accounts, "", one.stream()).ensureAdmin();
        noAccounts();
        Console two = new Console();
        new AdminBootstrap(accounts, " ", two.stream()).ensureAdmin();

        assertThat(one.text()).isNotBlank().isNotEqualTo(two.text());
    }

    @Test
    void any_admin_account_stops_the_bootstrap() {
        accounts.create("ines", "a long passphrase", Role.ADMIN, null, null);
        Console console = new Console();

        assertThat(new AdminBootstrap(accounts, null, console.stream()).ensureAdmin()).isFalse();

        assertThat(accounts.find("admin")).isEmpty();
        assertThat(console.text()).isEmpty();
    }

    @Test
    void an_account_reads_back_with_its_role_and_bindings() {
        UUID organization = UUID.randomUUID();
        jdbc.sql("INSERT INTO organization (id, name, created_at) VALUES (:id, 'Harbor Pictures', :at)")
                .param("id", organization).param("at", NOW.atOffset(ZoneOffset.UTC)).update();

        Account created = accounts.create("harbor", "a long passphrase", Role.PRODUCTION, organization, null);

        assertThat(accounts.find("harbor")).contains(created);
        assertThat(created.organization()).isEqualTo(organization);
        assertThat(created.toString()).doesNotContain(created.passwordHash());
    }

    @Test
    void a_username_is_taken_once() {
        accounts.create("oscar", "a long passphrase", Role.OFFICER, null, null);

        assertThatThrownBy(() -> accounts.create("oscar", "another passphrase", Role.RESEARCHER, null, null))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void the_database_refuses_a_role_outside_the_vocabulary() {
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO account (id, username, password_hash, role, enabled, created_at)
                        VALUES (:id, 'mallory', 'x', 'superuser', TRUE, :at)""")
                .param("id", UUID.randomUUID()).param("at", NOW.atOffset(ZoneOffset.UTC)).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_production_account_names_its_organization_and_a_performer_account_its_person() {
        assertThatThrownBy(() -> accounts.create("studio", "a long passphrase", Role.PRODUCTION, null, null))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> accounts.create("ana", "a long passphrase", Role.PERFORMER, null, null))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void accounts_are_listed_by_username_found_by_id_disabled_enabled_and_given_a_new_password() {
        Account zoe = accounts.create("zoe", "a long passphrase", Role.RESEARCHER, null, null);
        Account adam = accounts.create("adam", "another passphrase", Role.OFFICER, null, null);

        assertThat(accounts.list()).extracting(Account::username).containsExactly("adam", "zoe");
        assertThat(accounts.find(zoe.id())).contains(zoe);
        assertThat(accounts.find(UUID.randomUUID())).isEmpty();

        assertThat(accounts.setEnabled(zoe.id(), false)).isTrue();
        assertThat(accounts.find(zoe.id()).orElseThrow().enabled()).isFalse();
        assertThat(accounts.setEnabled(zoe.id(), true)).isTrue();
        assertThat(accounts.find(zoe.id()).orElseThrow().enabled()).isTrue();
        assertThat(accounts.setEnabled(UUID.randomUUID(), false)).isFalse();

        assertThat(accounts.changePassword(adam.id(), "a brand new passphrase")).isTrue();
        String hash = accounts.find(adam.id()).orElseThrow().passwordHash();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("brand new");
        assertThat(encoder.matches("a brand new passphrase", hash)).isTrue();
        assertThat(encoder.matches("another passphrase", hash)).isFalse();
        assertThat(accounts.changePassword(UUID.randomUUID(), "a brand new passphrase")).isFalse();
    }

    @Test
    void every_change_that_ends_sessions_moves_the_epoch_on_and_a_temporary_password_must_be_replaced() {
        UUID organization = UUID.randomUUID();
        jdbc.sql("INSERT INTO organization (id, name, created_at) VALUES (:id, 'Harbor Pictures', :at)")
                .param("id", organization).param("at", NOW.atOffset(ZoneOffset.UTC)).update();
        Account pia = accounts.create("pia", "a long passphrase", Role.RESEARCHER, null, null,
                PasswordKind.TEMPORARY);
        assertThat(pia.sessionEpoch()).isZero();
        assertThat(accounts.find(pia.id()).orElseThrow().mustChangePassword()).isTrue();

        accounts.changePassword(pia.id(), "her own passphrase");
        Account own = accounts.find(pia.id()).orElseThrow();
        assertThat(own.mustChangePassword()).isFalse();
        accounts.setEnabled(pia.id(), false);
        accounts.setEnabled(pia.id(), true);
        accounts.changePassword(pia.id(), "set by an admin", PasswordKind.TEMPORARY);
        assertThat(accounts.changeRole(pia.id(), Role.PRODUCTION, organization, null)).isTrue();

        Account now = accounts.find(pia.id()).orElseThrow();
        assertThat(List.of(own.sessionEpoch(), now.sessionEpoch())).containsExactly(1, 5);
        assertThat(now.mustChangePassword()).isTrue();
        assertThat(now.role()).isEqualTo(Role.PRODUCTION);
        assertThat(now.organization()).isEqualTo(organization);
        assertThatThrownBy(() -> accounts.changeRole(pia.id(), Role.PERFORMER, null, null))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(accounts.changeRole(UUID.randomUUID(), Role.OFFICER, null, null)).isFalse();
    }

    @Test
    void accounts_page_by_username_and_are_counted() {
        for (String name : List.of("dora", "ben", "cleo", "ada")) {
            accounts.create(name, "a long passphrase", Role.RESEARCHER, null, null);
        }

        assertThat(accounts.list(2, 0)).extracting(Account::username).containsExactly("ada", "ben");
        assertThat(accounts.list(2, 2)).extracting(Account::username).containsExactly("cleo", "dora");
        assertThat(accounts.list(2, 4)).isEmpty();
        assertThat(accounts.count()).isEqualTo(4);
    }

    private UUID person(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, name, category, created_at) VALUES (:id, :name, 'minor', :at)")
                .param("id", id).param("name", name).param("at", NOW.atOffset(ZoneOffset.UTC)).update();
        return id;
    }

    /** A console to print to and read back. */
    private static final class Console {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        PrintStream stream() {
            return stream;
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
