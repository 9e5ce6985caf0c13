package org.guildmark.app.admin;

import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guildmark.app.GuildmarkApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** An admin registers through the registry pages: a refused form keeps what was typed, with messages at fields. */
@SpringBootTest(classes = GuildmarkApplication.class)
@AutoConfigureMockMvc
class PeopleRegistrationPageTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "registration pages admin passphrase");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_refused_person_form_keeps_what_was_typed_and_says_what_is_wrong_at_each_field() throws Exception {
        String name = "Elin Sand " + UUID.randomUUID().toString().substring(0, 8);
        long before = count("person");
        String html = mvc.perform(post("/admin/registry/people").with(admin()).with(csrf())
                        .param("name", name).param("category", "minor")
                        .param("dateOfBirth", "").param("dateOfDeath", "30/11/2019"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/registry-person"))
                .andReturn().getResponse().getContentAsString();
        Page page = Page.of(html);
        assertThat(page.valueOf("name")).isEqualTo(name);
        assertThat(page.checked("category", "minor")).isTrue();
        assertThat(page.valueOf("dateOfDeath")).isEqualTo("30/11/2019");
        assertThat(page.textOf("dateOfBirth-error")).contains("A minor needs a date of birth");
        assertThat(page.input("dateOfBirth")).contains("aria-describedby=\"dateOfBirth-error", "aria-invalid=\"true\"");
        assertThat(page.textOf("dateOfDeath-error")).contains("year-month-day");
        assertThat(page.textOf("name-error")).isNull();
        assertThat(html).contains("role=\"alert\"", "Nothing was registered");
        assertThat(count("person")).isEqualTo(before);

        mvc.perform(post("/admin/registry/people").with(admin()).with(csrf())
                        .param("name", name).param("category", "minor").param("dateOfBirth", "2015-04-30"))
                .andExpect(redirectedUrl("/admin/registry"))
                .andExpect(flash().attribute("message", name + " is registered; add their representatives below."));
        assertThat(count("person")).isEqualTo(before + 1);
        UUID person = jdbc.sql("SELECT id FROM person WHERE name = :n").param("n", name).query(UUID.class).single();

        // A representative form refused on its name keeps the relation chosen; a valid one is listed.
        Page refused = Page.of(mvc.perform(post("/admin/registry/people/" + person + "/representatives")
                        .with(admin()).with(csrf()).param("name", " ").param("relation", "guardian"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.textOf("name-error")).isEqualTo("Enter the name.");
        assertThat(refused.checked("relation", "guardian")).isTrue();
        mvc.perform(post("/admin/registry/people/" + person + "/representatives").with(admin()).with(csrf())
                        .param("name", "Karin Sand").param("relation", "guardian"))
                .andExpect(redirectedUrl("/admin/registry"));

        Page list = Page.of(mvc.perform(get("/admin/registry").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(list.rowOf(name)).contains("minor", "2015-04-30",
                "Karin Sand, guardian");
    }

    @Test
    void organizations_and_productions_are_registered_from_their_forms() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String org = "Harbor Pictures " + suffix;
        Page empty = Page.of(mvc.perform(post("/admin/registry/organizations").with(admin()).with(csrf())
                .param("name", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(empty.textOf("name-error")).isEqualTo("Enter the name.");

        mvc.perform(post("/admin/registry/organizations").with(admin()).with(csrf()).param("name", org))
                .andExpect(redirectedUrl("/admin/registry"));
        UUID id = jdbc.sql("SELECT id FROM organization WHERE name = :n").param("n", org).query(UUID.class).single();

        mvc.perform(post("/admin/registry/organizations/" + id + "/productions").with(admin()).with(csrf())
                        .param("code", "lighthouse-" + suffix).param("title", "The Lighthouse Keeper")
                        .param("type", "feature"))
                .andExpect(redirectedUrl("/admin/registry"));
        long before = count("production");
        Page taken = Page.of(mvc.perform(post("/admin/registry/organizations/" + id + "/productions")
                        .with(admin()).with(csrf()).param("code", "lighthouse-" + suffix)
                        .param("title", "A Second Title").param("type", "music-video"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(taken.textOf("code-error")).contains("Another production already has this code");
        assertThat(taken.valueOf("title")).isEqualTo("A Second Title");
        assertThat(taken.checked("type", "music-video")).isTrue();
        assertThat(count("production")).isEqualTo(before);

        Page list = Page.of(mvc.perform(get("/admin/registry").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(list.rowOf(org))
                .contains("The Lighthouse Keeper", "lighthouse-" + suffix, "feature");
    }

    @Test
    void the_registry_is_in_the_admin_navigation_only() throws Exception {
        Page home = Page.of(mvc.perform(get("/").with(admin())).andReturn().getResponse()
                .getContentAsString());
        assertThat(home.html()).contains("href=\"/admin/registry\"");
        Page officer = Page.of(mvc.perform(get("/").with(user("officer").roles("OFFICER"))).andReturn()
                .getResponse().getContentAsString());
        assertThat(officer.html()).doesNotContain("href=\"/admin/registry\"");
    }

    /** A page as text, with the few questions these tests ask of it. */
    record Page(String html) {
        static Page of(String html) {
            return new Page(html);
        }

        /** The text of the element with this id, or null when there is none. */
        String textOf(String id) {
            Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
            return m.find() ? m.group(1).strip() : null;
        }

        /** The value attribute of the input named so (a text or date input: the first one). */
        String valueOf(String name) {
            Matcher m = Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
            return m.find() ? m.group(1) : null;
        }

        /** The first input tag named so, whatever the order of its attributes. */
        String input(String name) {
            Matcher inputs = Pattern.compile("<input[^>]*>").matcher(html);
            while (inputs.find()) {
                if (inputs.group().contains("name=\"" + name + "\"")) {
                    return inputs.group();
                }
            }
            return "";
        }

        boolean checked(String name, String value) {
            Matcher inputs = Pattern.compile("<input[^>]*>").matcher(html);
            while (inputs.find()) {
                String tag = inputs.group();
                if (tag.contains("name=\"" + name + "\"") && tag.contains("value=\"" + value + "\"")) {
                    return tag.contains("checked");
                }
            }
            return false;
        }

        /** The text of the table row whose heading cell holds this text. */
        String rowOf(String heading) {
            int at = html.indexOf(">" + heading + "</th>");
            if (at < 0) {
                return "";
            }
            int start = html.lastIndexOf("<tr", at);
            int end = html.indexOf("</tr>", at);
            return html.substring(start, end).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        }
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return user("registrar").roles("ADMIN");
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
