package org.guildmark.app.keys;

import java.nio.file.Path;
import java.time.Clock;

import org.guildmark.app.registry.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Secrets are made once, stored only sealed under the key passphrase, and shared by every node that has it. */
class SealedSecretsTests {

    private final TestDatabase database = TestDatabase.h2();

    @TempDir
    Path dataDir;

    @AfterEach
    void close() {
        database.close();
    }

    private SealedSecrets node(String passphrase) {
        return new SealedSecrets(database.jdbc(), Clock.systemUTC(), new PassphraseSeal(passphrase, dataDir));
    }

    @Test
    void a_secret_is_made_once_and_another_node_opens_the_same_one() {
        byte[] first = node("a long test passphrase").secret("reporters").toByteArray();
        byte[] second = node("a long test passphrase").secret("reporters").toByteArray();

        assertThat(first).hasSize(32).isEqualTo(second);
        assertThat(node("a long test passphrase").secret("another").toByteArray()).isNotEqualTo(first);
        String sealed = database.jdbc().sql("SELECT sealed_jwe FROM sealed_secret WHERE name = 'reporters'")
                .query(String.class).single();
        assertThat(sealed).startsWith("eyJ").doesNotContain(java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(first));
    }

    @Test
    void another_passphrase_cannot_open_it_and_says_which_variable_to_set() {
        node("a long test passphrase").secret("reporters");

        assertThatThrownBy(() -> node("some other passphrase").secret("reporters"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reporters").hasMessageContaining("GUILDMARK_KEY_PASSPHRASE");
    }
}
