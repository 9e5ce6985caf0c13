package org.guildmark.app.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.opentest4j.AssertionFailedError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Browser tests skip without Chromium, and fail instead where a browser is required. */
class BrowserTests {

    private static final Map<String, String> NO_CHROMIUM = Map.of("GUILDMARK_CHROMIUM", "/nonexistent/chromium");

    @Test
    void without_chromium_browser_tests_are_skipped_with_the_reason() {
        ConditionEvaluationResult result = new Browser(NO_CHROMIUM::get).evaluateExecutionCondition(null);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).get().asString()
                .contains("Chromium not found at /nonexistent/chromium")
                .contains("GUILDMARK_REQUIRE_BROWSER=true");
    }

    @Test
    void without_chromium_on_ci_or_when_required_browser_tests_fail() {
        for (String required : new String[] {"CI", "GUILDMARK_REQUIRE_BROWSER"}) {
            Map<String, String> environment = Map.of("GUILDMARK_CHROMIUM", "/nonexistent/chromium", required, "true");
            Browser browser = new Browser(environment::get);

            assertThat(browser.evaluateExecutionCondition(null).isDisabled()).as(required).isFalse();
            assertThatThrownBy(() -> browser.beforeAll(null))
                    .as(required)
                    .isInstanceOf(AssertionFailedError.class)
                    .hasMessageContaining("Chromium not found at /nonexistent/chromium");
        }
    }

    @Test
    void a_missing_driver_is_named_too() {
        Map<String, String> environment = Map.of("GUILDMARK_CHROMIUM", "/bin/sh",
                "GUILDMARK_CHROMEDRIVER", "/nonexistent/chromedriver");

        assertThat(new Browser(environment::get).evaluateExecutionCondition(null).getReason()).get().asString()
                .contains("chromedriver not found at /nonexistent/chromedriver");
    }
}
