package org.guildmark.app.certification;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.consent.RegistryRows;
import org.guildmark.app.keys.GuildKeys;
import org.guildmark.app.security.Accounts;
import org.guildmark.app.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The certification API and the public pages over HTTP: a production submits through the API, two officers
 * certify, and anyone fetches the certificate, its status lists and the public pages, and verifies it, also after
 * the guild's key was rotated.
 */
@SpringBootTest(classes = GuildmarkApplication.class)
@AutoConfigureMockMvc
class CertificationApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "certification api passphrase");
        properties.add("guildmark.public-url", () -> "https://guild.example");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    GuildKeys keys;

    private UUID production;
    private String code;
    private String productionUser;

    @BeforeEach
    void harborHasAProductionAndAnAccount() {
        RegistryRows rows = new RegistryRows(jdbc);
        UUID harbor = rows.organization("Harbor Pictures");
        code = "lighthouse-" + UUID.randomUUID().toString().substring(0, 8);
        production = rows.production(harbor, code);
        productionUser = "harbor-" + code;
        accounts.create(productionUser, "a long enough passphrase", Role.PRODUCTION, harbor, null);
    }

    private RequestPostProcessor harbor() {
        return user(productionUser).roles(Role.PRODUCTION.name());
    }

    private static RequestPostProcessor officer(String name) {
        return user(name).roles(Role.OFFICER.name());
    }

    private byte[] lighthouse() throws Exception {
        return Files.readString(Path.of("..", "examples", "lighthouse-feature.yaml"))
                .replace("  id: lighthouse-2026\n", "  id: " + code + "\n")
                .replace("production: lighthouse-2026", "production: " + code).getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode submit(byte[] body) throws Exception {
        String answer = mvc.perform(post("/api/v1/productions/{id}/submissions", production).with(harbor())
                        .with(csrf()).contentType("application/yaml").header("X-File-Name", "lighthouse.yaml")
                        .content(body))
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(answer);
    }

    private String certify(String submission) throws Exception {
        for (String officer : new String[] {"officer-a", "officer-b"}) {
            mvc.perform(post("/api/v1/submissions/{id}/decisions", submission).with(officer(officer)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"decision\":\"certify\",\"reasons\":\"Consents and credits check out.\"}"))
                    .andReturn();
        }
        return jdbc.sql("SELECT id FROM certificate WHERE submission_id = :s").param("s", UUID.fromString(submission))
                .query(String.class).single();
    }

    @Test
    void a_dossier_submitted_through_the_api_is_audited_and_queued() throws Exception {
        var response = mvc.perform(post("/api/v1/productions/{id}/submissions", production).with(harbor())
                        .with(csrf()).contentType("application/yaml").header("X-File-Name", "lighthouse.yaml")
                        .content(lighthouse()))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.getContentAsString());
        assertThat(body.get("state").asString()).isEqualTo("pending");
        assertThat(body.get("certifiable").asBoolean()).isTrue();
        assertThat(response.getHeader("Location")).isEqualTo("/api/v1/submissions/" + body.get("id").asString());
        var report = mvc.perform(get("/api/v1/submissions/{id}/report", body.get("id").asString()).with(harbor()))
                .andReturn().getResponse();
        assertThat(org.guildmark.core.read.FileDigest.sha256(report.getContentAsByteArray()))
                .isEqualTo(body.get("reportSha256").asString());
    }

    @Test
    void an_unreadable_dossier_is_a_problem_that_says_where() throws Exception {
        var response = mvc.perform(post("/api/v1/productions/{id}/submissions", production).with(harbor())
                        .with(csrf()).contentType("application/json").header("X-File-Name", "broken.json")
                        .content("{\"guildmark\": \"dossier/v1\", \"production\": {\"id\": 7"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.get("detail").asString()).contains("Nothing was stored");
        assertThat(problem.get("errors").get(0).get("pointer").asString()).startsWith("broken.json:");
    }

    @Test
    void a_decision_without_reasons_is_refused() throws Exception {
        String submission = submit(lighthouse()).get("id").asString();

        var response = mvc.perform(post("/api/v1/submissions/{id}/decisions", submission).with(officer("officer-a"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"certify\"}"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(JSON.readTree(response.getContentAsString()).get("errors").get(0).get("pointer").asString())
                .isEqualTo("/reasons");
    }

    @Test
    void anyone_fetches_the_certificate_its_status_lists_and_its_pages() throws Exception {
        String certificate = certify(submit(lighthouse()).get("id").asString());
        String uuid = certificate.substring("urn:uuid:".length());

        var jwt = mvc.perform(get("/certificates/{id}.jwt", uuid)).andReturn().getResponse();
        assertThat(jwt.getStatus()).isEqualTo(200);
        assertThat(jwt.getContentType()).isEqualTo("application/vc+jwt");
        String jws = jwt.getContentAsString();
        int list = jdbc.sql("SELECT status_list FROM certificate WHERE id = :id").param("id", certificate)
                .query(Integer.class).single();
        assertThat(mvc.perform(get("/status/suspension-" + list)).andReturn().getResponse().getContentType())
                .isEqualTo("application/vc+jwt");

        String page = mvc.perform(get("/productions/{code}", code)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The Lighthouse Keeper").contains("ADL-2").contains("AI DISCLOSURE");
        String printable = mvc.perform(get("/certificates/{id}", uuid)).andReturn().getResponse()
                .getContentAsString();
        assertThat(printable).contains("<svg").contains("https://guild.example/verify?certificate=" + uuid);

        String verified = mvc.perform(post("/verify").with(csrf()).param("certificate", jws)).andReturn()
                .getResponse().getContentAsString();
        assertThat(verified).contains("PASS</strong>\n        <span>issuer signature");
        assertThat(verified).contains("PASS</strong>\n        <span>suspension status");
    }

    @Test
    void a_certificate_signed_before_a_key_rotation_still_verifies() throws Exception {
        String certificate = certify(submit(lighthouse()).get("id").asString());
        String jws = jdbc.sql("SELECT jws FROM certificate WHERE id = :id").param("id", certificate)
                .query(String.class).single();
        String before = keys.activeKid();

        var rotated = mvc.perform(post("/admin/keys/rotation").with(user("admin").roles(Role.ADMIN.name()))
                .with(csrf()).param("confirm", "rotate")).andReturn().getResponse();

        assertThat(rotated.getRedirectedUrl()).isEqualTo("/admin/keys");
        assertThat(keys.activeKid()).isNotEqualTo(before);
        String verified = mvc.perform(post("/verify").with(csrf()).param("certificate", jws)).andReturn()
                .getResponse().getContentAsString();
        assertThat(verified).contains("PASS</strong>\n        <span>issuer signature: signed by https://guild.example "
                + "with key " + before);
    }

    @Test
    void a_tampered_certificate_fails_on_the_verify_page() throws Exception {
        String certificate = certify(submit(lighthouse()).get("id").asString());
        String jws = jdbc.sql("SELECT jws FROM certificate WHERE id = :id").param("id", certificate)
                .query(String.class).single();
        String[] parts = jws.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"adl\":2", "\"adl\":0");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        String page = mvc.perform(post("/verify").with(csrf()).param("certificate", tampered)).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("Not valid").contains("FAIL</strong>\n        <span>issuer signature");
    }
}
