package org.guildmark.app.labor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import org.guildmark.app.GuildmarkApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The rate schedule pages and API: creating, importing with a line-by-line refusal, reading, exporting. */
@SpringBootTest(classes = GuildmarkApplication.class)
@AutoConfigureMockMvc
class RatePagesTests {

    private static final String HEADER = "role,role_kind,unit,tier,currency,minimum,valid_from,valid_until\n";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "rate pages passphrase");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    GuildRateSchedules schedules;

    private static MockMultipartFile file(String rows) {
        return new MockMultipartFile("file", "rates.csv", "text/csv", (HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void an_officer_creates_a_schedule_and_imports_a_version_that_everyone_reads() throws Exception {
        String code = "pages-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/rates").param("code", code).param("title", "Pages test").with(csrf())
                        .with(user("officer").roles("OFFICER")))
                .andExpect(redirectedUrl("/rates/" + code + "?created"));
        mvc.perform(multipart("/rates/" + code + "/versions")
                        .file(file("animator,traditional,hour,standard,USD,52.00,,\n"))
                        .param("effectiveFrom", "2026-01-01").with(csrf()).with(user("officer").roles("OFFICER")))
                .andExpect(redirectedUrl("/rates/" + code + "?version=1&imported"));

        mvc.perform(get("/rates/" + code).with(user("mara").roles("PERFORMER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("52.00 USD")))
                .andExpect(content().string(not(containsString("Import a new version"))));
        mvc.perform(get("/rates/" + code + "/versions/1.csv").with(user("mara").roles("PERFORMER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(code + "-v1.csv")))
                .andExpect(content().string(HEADER.replace("\n", "\r\n")
                        + "animator,traditional,hour,standard,USD,52.00,2026-01-01,\r\n"));
        mvc.perform(get("/api/v1/rate-schedules/" + code + "/rates").param("on", "2026-03-01")
                        .with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.rates[0].minimum").value("52.00"));
    }

    @Test
    void a_bad_file_comes_back_with_every_line_and_nothing_imported() throws Exception {
        String code = "pages-" + UUID.randomUUID().toString().substring(0, 8);
        schedules.create("officer", code, "Refusals");

        mvc.perform(multipart("/rates/" + code + "/versions")
                        .file(file("animator,traditional,hour,standard,USD,-1,,\nwriter,traditional,hour,standard,USD,"
                                + "ten,,\n"))
                        .param("effectiveFrom", "2026-01-01").param("note", "kept as typed")
                        .with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was imported: 2 problems to fix first.")))
                .andExpect(content().string(containsString("is negative")))
                .andExpect(content().string(containsString("&#39;ten&#39; is not a decimal amount")))
                .andExpect(content().string(containsString("value=\"kept as typed\"")));
        mvc.perform(multipart("/rates/" + code + "/versions").file(file("a,traditional,hour,standard,USD,1,,\n"))
                        .param("effectiveFrom", "first of May").with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is not a date")));

        assertThat(schedules.versions(code)).isEmpty();
    }

    @Test
    void unknown_schedules_and_bad_dates_are_problems_not_errors() throws Exception {
        mvc.perform(get("/api/v1/rate-schedules/none-such/rates").with(user("mara").roles("PERFORMER")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType("application/problem+json"));
        String code = "pages-" + UUID.randomUUID().toString().substring(0, 8);
        schedules.create("officer", code, "Dates");
        mvc.perform(get("/api/v1/rate-schedules/" + code + "/rates").param("on", "tomorrow")
                        .with(user("mara").roles("PERFORMER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("on"));
        mvc.perform(get("/rates/" + code).param("version", "seven").with(user("mara").roles("PERFORMER")))
                .andExpect(status().isBadRequest());
    }
}
