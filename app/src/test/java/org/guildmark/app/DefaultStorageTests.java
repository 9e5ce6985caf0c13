package org.guildmark.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.guildmark.app.registry.PersonRegistry;
import org.guildmark.app.registry.RegisteredPerson;
import org.guildmark.core.dossier.Enums.PersonCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With no database configured, the server keeps the registry in an H2 file under its data directory. */
@SpringBootTest(classes = GuildmarkApplication.class, webEnvironment = WebEnvironment.NONE)
class DefaultStorageTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonRegistry people;

    @Test
    void the_registry_lives_in_an_h2_file_under_the_data_directory_with_its_migrations_applied() {
        assertThat(dataDir.resolve("guildmark.mv.db")).isRegularFile();
        assertThat(jdbc.sql("""
                        SELECT version FROM flyway_schema_history
                        WHERE success AND version IS NOT NULL ORDER BY installed_rank""")
                .query(String.class).list())
                .startsWith("1");
    }

    @Test
    void the_server_registers_a_person_and_reads_them_back() {
        RegisteredPerson ana = people.register("Ana Ruiz", PersonCategory.ADULT, LocalDate.of(1990, 2, 11), null,
                List.of());

        assertThat(people.find(ana.id())).contains(ana);
    }
}
