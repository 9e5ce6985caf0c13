package org.guildmark.app.enforcement;

import org.guildmark.app.registry.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The enforcement flow on PostgreSQL, the server in a schema of its own (see {@link TestDatabase}). */
@ExtendWith(TestDatabase.PostgresConfigured.class)
class EnforcementFlowOnPostgresTests extends EnforcementFlowContract {

    private static String url;

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> {
            if (url == null) {
                url = TestDatabase.newPostgresSchemaUrl();
            }
            return url;
        });
    }

    @AfterAll
    static void dropSchema() {
        if (url != null) {
            TestDatabase.dropPostgresSchema(url);
        }
    }
}
