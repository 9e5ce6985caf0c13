package org.guildmark.app.registry;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.security.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The guild registers organizations, productions, people and representatives through the API: what is stored
 * reads back, bad input is refused with a pointer per field and stores nothing, and only admins and officers may.
 */
@SpringBootTest(classes = {GuildmarkApplication.class, PeopleRegistrationApiTests.Clocked.class})
@AutoConfigureMockMvc
class PeopleRegistrationApiTests {

    /** 1 May 2026: someone born 2 May 2008 is still 17, someone born 1 May 2008 is 18. */
    static final Instant TODAY = Instant.parse("2026-05-01T12:00:00Z");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "registration api admin passphrase");
        properties.add("guildmark.key-passphrase", () -> "registration api key passphrase");
    }

    @TestConfiguration
    static class Clocked {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(TODAY);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    private String suffix;

    @BeforeEach
    void today() {
        clock.set(TODAY);
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void an_officer_registers_an_organization_and_its_productions_and_reads_them_back() throws Exception {
        String org = id(officer(post("/api/v1/organizations"), "{\"name\": \"  Harbor Pictures " + suffix + " \"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/organizations/")))
                .andExpect(jsonPath("$.name").value("Harbor Pictures " + suffix)));
        officer(get("/api/v1/organizations?limit=1000"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organizations[*].id", hasItem(org)))
                .andExpect(jsonPath("$.limit").value(1000));

        officer(post("/api/v1/organizations/" + org + "/productions"),
                "{\"code\": \"lighthouse-" + suffix + "\", \"title\": \"The Lighthouse Keeper\", "
                        + "\"type\": \"feature\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organization").value(org))
                .andExpect(jsonPath("$.type").value("feature"));
        officer(get("/api/v1/organizations/" + org + "/productions"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.productions[0].code").value("lighthouse-" + suffix))
                .andExpect(jsonPath("$.productions[0].title").value("The Lighthouse Keeper"));

        // The code is unique in the registry: a second production with it is refused on /code.
        long before = count("production");
        officer(post("/api/v1/organizations/" + org + "/productions"),
                "{\"code\": \"lighthouse-" + suffix + "\", \"title\": \"Another\", \"type\": \"short\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].pointer", containsInAnyOrder("/code")));
        assertThat(count("production")).isEqualTo(before);
    }

    @Test
    void a_bad_production_gets_a_pointer_per_field_and_an_unknown_organization_404() throws Exception {
        String org = id(officer(post("/api/v1/organizations"), "{\"name\": \"Vendor " + suffix + "\"}"));
        long before = count("production");
        officer(post("/api/v1/organizations/" + org + "/productions"),
                "{\"code\": \"Bad Code\", \"type\": \"movie\", \"titel\": \"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].pointer", containsInAnyOrder("/code", "/title", "/type", "/titel")));
        officer(post("/api/v1/organizations/" + UUID.randomUUID() + "/productions"),
                "{\"code\": \"nowhere-" + suffix + "\", \"title\": \"Nowhere\", \"type\": \"short\"}")
                .andExpect(status().isNotFound());
        officer(get("/api/v1/organizations/" + UUID.randomUUID() + "/productions"), null)
                .andExpect(status().isNotFound());
        assertThat(count("production")).isEqualTo(before);
    }

    @Test
    void an_admin_registers_a_minor_with_a_guardian_and_reads_them_back() throws Exception {
        String minor = id(admin(post("/api/v1/people"),
                "{\"name\": \"Elin Sand " + suffix + "\", \"category\": \"minor\", \"dateOfBirth\": \"2008-05-02\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.category").value("minor"))
                .andExpect(jsonPath("$.dateOfBirth").value("2008-05-02"))
                .andExpect(jsonPath("$.representatives").isEmpty()));

        admin(post("/api/v1/people/" + minor + "/representatives"),
                "{\"name\": \"Karin Sand\", \"relation\": \"guardian\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.representatives[0].name").value("Karin Sand"))
                .andExpect(jsonPath("$.representatives[0].relation").value("guardian"));
        admin(post("/api/v1/people/" + minor + "/representatives"), "{\"name\": \"Jon Berg\", \"relation\": \"agent\"}")
                .andExpect(status().isCreated());

        String list = admin(get("/api/v1/people?limit=1000"), null).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<String>>read(list,
                "$.people[?(@.id == '" + minor + "')].representatives[*].name"))
                .containsExactly("Karin Sand", "Jon Berg");
        // Registered representatives are what an account can be bound to.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM representative WHERE person_id = :p")
                .param("p", UUID.fromString(minor)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void every_problem_of_a_person_comes_back_with_its_pointer_and_nothing_is_stored() throws Exception {
        long before = count("person");
        admin(post("/api/v1/people"),
                "{\"name\": \" \", \"category\": \"minor\", \"dateOfDeath\": \"2020-13-01\", \"nickname\": \"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:guildmark:problem:invalid-input"))
                .andExpect(jsonPath("$.errors[*].pointer",
                        containsInAnyOrder("/name", "/dateOfBirth", "/dateOfDeath", "/nickname")));
        refused("{\"name\": \"Old Enough\", \"category\": \"minor\", \"dateOfBirth\": \"2008-05-01\"}",
                "/dateOfBirth", "18 or older");
        refused("{\"name\": \"Too Young\", \"category\": \"adult\", \"dateOfBirth\": \"2008-05-02\"}",
                "/dateOfBirth", "under 18");
        refused("{\"name\": \"Not Yet Born\", \"category\": \"adult\", \"dateOfBirth\": \"2026-05-02\"}",
                "/dateOfBirth", "future");
        refused("{\"name\": \"Gone\", \"category\": \"deceased\"}", "/dateOfDeath", "needs a date of death");
        refused("{\"name\": \"Gone\", \"category\": \"deceased\", \"dateOfBirth\": \"1950-01-02\", "
                + "\"dateOfDeath\": \"1950-01-01\"}", "/dateOfDeath", "before the date of birth");
        refused("{\"name\": \"Alive\", \"category\": \"adult\", \"dateOfDeath\": \"2020-01-01\"}",
                "/dateOfDeath", "Only a deceased person");
        refused("{\"name\": \"Who\", \"category\": \"minro\"}", "/category", "did you mean 'minor'");
        admin(post("/api/v1/people"), "[1, 2]").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value(""));
        admin(post("/api/v1/people"), "{not json").andExpect(status().isBadRequest());
        assertThat(count("person")).isEqualTo(before);

        admin(post("/api/v1/people"), "{\"name\": \"Mara Lind\", \"category\": \"deceased\", "
                + "\"dateOfBirth\": \"1931-03-04\", \"dateOfDeath\": \"2019-11-30\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.dateOfDeath").value("2019-11-30"));
        assertThat(count("person")).isEqualTo(before + 1);
    }

    @Test
    void a_representative_must_fit_the_person_and_a_refusal_stores_nothing() throws Exception {
        String adult = id(admin(post("/api/v1/people"), "{\"name\": \"Ana Ruiz\", \"category\": \"vulnerable\"}"));
        String deceased = id(admin(post("/api/v1/people"),
                "{\"name\": \"Ivo Holm\", \"category\": \"deceased\", \"dateOfDeath\": \"2001-06-01\"}"));
        long before = count("representative");
        admin(post("/api/v1/people/" + adult + "/representatives"),
                "{\"name\": \"Holm Estate\", \"relation\": \"estate\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/relation"));
        admin(post("/api/v1/people/" + deceased + "/representatives"),
                "{\"name\": \"A Guardian\", \"relation\": \"guardian\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/relation"));
        admin(post("/api/v1/people/" + adult + "/representatives"), "{\"relation\": \"parent\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].pointer", containsInAnyOrder("/name", "/relation")));
        admin(post("/api/v1/people/" + UUID.randomUUID() + "/representatives"),
                "{\"name\": \"Nobody's Agent\", \"relation\": \"agent\"}")
                .andExpect(status().isNotFound());
        assertThat(count("representative")).isEqualTo(before);

        admin(post("/api/v1/people/" + deceased + "/representatives"),
                "{\"name\": \"Holm Estate\", \"relation\": \"estate\"}").andExpect(status().isCreated());
        assertThat(count("representative")).isEqualTo(before + 1);
    }

    @Test
    void lists_are_paged() throws Exception {
        admin(post("/api/v1/organizations"), "{\"name\": \"Paged A " + suffix + "\"}");
        admin(post("/api/v1/organizations"), "{\"name\": \"Paged B " + suffix + "\"}");
        officer(get("/api/v1/organizations?limit=1&offset=1"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organizations.length()").value(1))
                .andExpect(jsonPath("$.offset").value(1));
        officer(get("/api/v1/people?limit=0"), null).andExpect(status().isBadRequest());
        officer(get("/api/v1/people?offset=-1"), null).andExpect(status().isBadRequest());
    }

    @Test
    void only_admins_and_officers_may_register() throws Exception {
        long before = count("person");
        String body = "{\"name\": \"Someone\", \"category\": \"adult\"}";
        for (String role : new String[] {"PERFORMER", "REPRESENTATIVE", "PRODUCTION", "COMMITTEE", "RESEARCHER"}) {
            mvc.perform(post("/api/v1/people").with(user("u-" + suffix).roles(role)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/organizations").with(user("u-" + suffix).roles(role)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/people").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        assertThat(count("person")).isEqualTo(before);
    }

    private void refused(String body, String pointer, String detail) throws Exception {
        admin(post("/api/v1/people"), body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].pointer", containsInAnyOrder(pointer)))
                .andExpect(jsonPath("$.errors[0].detail", containsString(detail)));
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static String id(ResultActions created) throws Exception {
        return JsonPath.read(created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
                "$.id");
    }

    private ResultActions admin(MockHttpServletRequestBuilder request, String body) throws Exception {
        return as(request, "admin-" + suffix, "ADMIN", body);
    }

    private ResultActions officer(MockHttpServletRequestBuilder request, String body) throws Exception {
        return as(request, "officer-" + suffix, "OFFICER", body);
    }

    private ResultActions as(MockHttpServletRequestBuilder request, String username, String role, String body)
            throws Exception {
        request.with(user(username).roles(role)).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }
}
