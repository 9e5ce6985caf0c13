package org.guildmark.app.security;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.guildmark.app.GuildmarkApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * A server under MockMvc in a data directory of its own, whose clock the tests move by hand from {@link #START}, with
 * a fresh Harbor Pictures organization for each test to give accounts and tokens to.
 */
@SpringBootTest(classes = GuildmarkApplication.class)
@AutoConfigureMockMvc
@Import(HarborOnAHandMovedClock.HandMovedClock.class)
// Subclasses share this configuration, so Spring would give the next one this server, whose data directory went
// with this class: each class gets a server of its own instead.
@DirtiesContext
abstract class HarborOnAHandMovedClock {

    static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "hand-moved clock admin passphrase");
    }

    @TestConfiguration
    static class HandMovedClock {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(START);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    Accounts accounts;

    UUID harbor;

    @BeforeEach
    void harborPictures() {
        clock.set(START);
        harbor = UUID.randomUUID();
        jdbc.sql("INSERT INTO organization (id, name, created_at) VALUES (:id, 'Harbor Pictures', :at)")
                .param("id", harbor).param("at", START.atOffset(ZoneOffset.UTC)).update();
    }
}
