package org.guildmark.app.registry;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.security.Account;
import org.guildmark.app.security.Accounts;
import org.guildmark.app.security.MutableClock;
import org.guildmark.app.security.Role;
import org.guildmark.core.dossier.Enums.PersonCategory;
import org.guildmark.core.dossier.Enums.ProductionType;
import org.guildmark.core.dossier.Enums.RepresentativeRelation;
import org.guildmark.core.dossier.Person.Representative;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The registry's HTTP API: what each role gets, bad input refused with pointers, and the receipts. */
@SpringBootTest(classes = {GuildmarkApplication.class, RegistryApiTests.Clocked.class})
@AutoConfigureMockMvc
@RecordApplicationEvents
class RegistryApiTests {

    static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
    static final String DOCUMENT = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "registry api admin passphrase");
        properties.add("guildmark.key-passphrase", () -> "registry api key passphrase");
    }

    @TestConfiguration
    static class Clocked {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    Accounts accounts;
    @Autowired
    PersonRegistry people;
    @Autowired
    Organizations organizations;
    @Autowired
    RepresentedPeople represented;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    private String suffix;
    private UUID harbor;
    private UUID lighthouse;
    private UUID ana;
    private String anaAccount;
    private String harborAccount;

    @BeforeEach
    void aGuildWithAPerformerAndAProduction() {
        clock.set(START);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        harbor = organizations.register("Harbor Pictures");
        lighthouse = organizations.registerProduction(harbor, "lighthouse-" + suffix, "The Lighthouse Keeper",
                ProductionType.FEATURE);
        ana = people.register("Ana Ruiz", PersonCategory.ADULT, LocalDate.of(1990, 2, 11), null, List.of()).id();
        anaAccount = account("ana", Role.PERFORMER, null, ana).username();
        harborAccount = account("harbor", Role.PRODUCTION, harbor, null).username();
    }

    @Test
    void a_performer_records_a_grant_and_reads_it_back_with_every_term() throws Exception {
        String id = createGrant(anaAccount, ana, 30);

        as(get("/api/v1/grants/" + id), anaAccount, Role.PERFORMER)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("given"))
                .andExpect(jsonPath("$.grantedBy").value("Ana Ruiz"))
                .andExpect(jsonPath("$.givenOn").value("2026-03-01"))
                .andExpect(jsonPath("$.aspects").value(containsInAnyOrder("face", "voice")))
                .andExpect(jsonPath("$.compensation.amount").value("25000.00"))
                .andExpect(jsonPath("$.compensation.currency").value("USD"))
                .andExpect(jsonPath("$.revocation.noticeDays").value(30))
                .andExpect(jsonPath("$.evidence.sha256").value(DOCUMENT))
                .andExpect(jsonPath("$.history[0].status").value("given"))
                .andExpect(jsonPath("$.history[0].receipt").value("/api/v1/grants/" + id + "/receipts/0"));
    }

    @Test
    void bad_input_is_refused_with_a_pointer_for_each_problem_and_nothing_is_stored() throws Exception {
        long before = grantRows();
        String body = grantJson(ana, 0)
                .replace("\"validUntil\": \"2027-03-01\"", "\"validUntil\": \"2026-02-01\"")
                .replace("[\"face\", \"voice\"]", "[\"face\", \"smell\"]")
                .replace("\"amount\": \"25000.00\"", "\"amount\": 25000")
                .replace("\"currency\": \"USD\"", "\"currency\": \"usd\"")
                .replace("\"purposes\"", "\"expiry\": \"2027\", \"purposes\"");

        as(post("/api/v1/grants").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body), anaAccount, Role.PERFORMER)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].pointer").value(containsInAnyOrder(
                        "/expiry", "/aspects/1", "/validUntil", "/compensation/amount", "/compensation/currency")))
                .andExpect(jsonPath("$.errors[?(@.pointer == '/aspects/1')].detail").value(hasItem(
                        containsString("Allowed: face, body, voice, performance, name"))))
                .andExpect(jsonPath("$.errors[?(@.pointer == '/compensation/amount')].detail").value(hasItem(
                        containsString("decimal string"))));

        as(post("/api/v1/grants").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"person\": "), anaAccount,
                Role.PERFORMER)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].detail").value(containsString("not valid JSON")));
        assertThat(grantRows()).isEqualTo(before);
    }

    @Test
    void a_refused_status_change_is_a_409_problem_and_leaves_the_history_as_it_was() throws Exception {
        String id = createGrant(anaAccount, ana, 0);
        as(post("/api/v1/grants/" + id + "/withdraw").with(csrf()), anaAccount, Role.PERFORMER)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("withdrawn"));

        as(post("/api/v1/grants/" + id + "/renew").with(csrf()), anaAccount, Role.PERFORMER)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("withdrawn is final")))
                .andExpect(jsonPath("$.allowed").isEmpty());

        as(get("/api/v1/grants/" + id), anaAccount, Role.PERFORMER)
                .andExpect(jsonPath("$.history[*].status").value(containsInAnyOrder("given", "withdrawn")));
    }

    @Test
    void each_role_sees_only_the_grants_it_is_entitled_to_and_others_get_404() throws Exception {
        String id = createGrant(anaAccount, ana, 0);
        UUID ben = people.register("Ben Ortiz", PersonCategory.ADULT, LocalDate.of(1988, 7, 1), null, List.of()).id();
        String benAccount = account("ben", Role.PERFORMER, null, ben).username();
        String elsewhere = account("elsewhere", Role.PRODUCTION, organizations.register("Elsewhere"), null).username();
        String unbound = account("rep", Role.REPRESENTATIVE, null, null).username();

        as(get("/api/v1/grants/" + id), benAccount, Role.PERFORMER).andExpect(status().isNotFound());
        as(get("/api/v1/grants/" + id), elsewhere, Role.PRODUCTION).andExpect(status().isNotFound());
        as(get("/api/v1/grants/" + id), unbound, Role.REPRESENTATIVE).andExpect(status().isNotFound());
        as(post("/api/v1/grants/" + id + "/withdraw").with(csrf()), benAccount, Role.PERFORMER)
                .andExpect(status().isNotFound());
        as(get("/api/v1/grants/" + id), "somebody", Role.COMMITTEE).andExpect(status().isForbidden());
        as(get("/api/v1/grants/" + id), harborAccount, Role.PRODUCTION).andExpect(status().isOk());
        as(get("/api/v1/grants/" + id), "officer-kim", Role.OFFICER).andExpect(status().isOk());
        as(get("/api/v1/grants"), benAccount, Role.PERFORMER)
                .andExpect(jsonPath("$.grants[*].id").value(not(hasItem(id))));
        as(get("/api/v1/grants"), anaAccount, Role.PERFORMER)
                .andExpect(jsonPath("$.grants[*].id").value(hasItem(id)));
        as(get("/api/v1/grants/" + id + "/receipts"), harborAccount, Role.PRODUCTION)
                .andExpect(status().isForbidden());
    }

    @Test
    void a_guardian_records_a_minors_grant_which_takes_effect_after_the_officers_heightened_review()
            throws Exception {
        UUID mia = people.register("Mia Ruiz", PersonCategory.MINOR, LocalDate.of(2014, 6, 3), null,
                List.of(new Representative("Luis Ruiz", RepresentativeRelation.GUARDIAN))).id();
        Account luis = account("luis", Role.REPRESENTATIVE, null, null);
        represented.bind(luis.id(), mia, "Luis Ruiz");

        String id = createGrant(luis.username(), mia, Role.REPRESENTATIVE, 0, "requested");
        as(get("/api/v1/grants/" + id), luis.username(), Role.REPRESENTATIVE)
                .andExpect(jsonPath("$.pendingApprovals").value(containsInAnyOrder("heightened-review")))
                .andExpect(jsonPath("$.approvals[0].relation").value("guardian"));

        as(post("/api/v1/grants/" + id + "/approvals").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"relation\": \"heightened-reveiw\"}"), "officer-kim", Role.OFFICER)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/relation"))
                .andExpect(jsonPath("$.errors[0].detail").value(containsString("did you mean 'heightened-review'")));
        as(post("/api/v1/grants/" + id + "/approvals").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"relation\": \"heightened-review\"}"), "officer-kim", Role.OFFICER)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("given"))
                .andExpect(jsonPath("$.pendingApprovals").isEmpty());
    }

    @Test
    void a_withdrawal_puts_a_deletion_obligation_on_the_production_that_used_the_grant_until_it_confirms()
            throws Exception {
        String id = createGrant(anaAccount, ana, 0);
        as(post("/api/v1/grants/" + id + "/uses").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"production\": \"" + lighthouse + "\", \"asset\": \"sc18-sh070\"}"),
                harborAccount, Role.PRODUCTION)
                .andExpect(status().isCreated());
        as(post("/api/v1/grants/" + id + "/withdraw").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"I no longer want my voice synthesized\"}"), anaAccount, Role.PERFORMER)
                .andExpect(status().isOk());

        String obligation = JsonPath.read(as(get("/api/v1/grants/" + id + "/deletion-obligations"), anaAccount,
                Role.PERFORMER)
                .andExpect(jsonPath("$.obligations[0].state").value("open"))
                .andExpect(jsonPath("$.obligations[0].method").value("Delete the voice model and derived takes"))
                .andExpect(jsonPath("$.obligations[0].dueAt").value("2026-03-31T09:00:00Z"))
                .andReturn().getResponse().getContentAsString(), "$.obligations[0].id");

        assertThat(events.stream(ConsentWithdrawn.class))
                .anySatisfy(event -> assertThat(event.obligations()).containsExactly(UUID.fromString(obligation)));

        clock.advance(Duration.ofDays(31));
        as(get("/api/v1/deletion-obligations?state=overdue"), harborAccount, Role.PRODUCTION)
                .andExpect(jsonPath("$.obligations[*].id").value(hasItem(obligation)));
        as(post("/api/v1/deletion-obligations/" + obligation + "/confirmation").with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"evidenceSha256\": \"NOT-A-DIGEST\", \"description\": \"done\"}"),
                harborAccount, Role.PRODUCTION)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/evidenceSha256"));
        as(post("/api/v1/deletion-obligations/" + obligation + "/confirmation").with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"evidenceSha256\": \"" + DOCUMENT + "\", \"description\": \"Takes and model deleted\"}"),
                harborAccount, Role.PRODUCTION)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("confirmed"));
        as(get("/api/v1/deletion-obligations/" + obligation), anaAccount, Role.PERFORMER)
                .andExpect(jsonPath("$.confirmation.evidenceSha256").value(DOCUMENT));
    }

    @Test
    void a_downloaded_receipt_verifies_offline_with_only_the_published_jwks() throws Exception {
        String id = createGrant(anaAccount, ana, 30);
        as(post("/api/v1/grants/" + id + "/withdraw").with(csrf()), anaAccount, Role.PERFORMER)
                .andExpect(status().isOk());

        MvcResult download = as(get("/api/v1/grants/" + id + "/receipts/1"), anaAccount, Role.PERFORMER)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/jose"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn();
        String jwks = mvc.perform(get("/.well-known/jwks.json"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        // Offline: nothing but the receipt's bytes and the JWKS document.
        JWSObject receipt = JWSObject.parse(download.getResponse().getContentAsString());
        JWKSet keys = JWKSet.parse(jwks);
        OctetKeyPair key = (OctetKeyPair) keys.getKeyByKeyId(receipt.getHeader().getKeyID());
        assertThat(key.isPrivate()).isFalse();
        assertThat(receipt.verify(new Ed25519Verifier(key))).isTrue();
        assertThat(receipt.getPayload().toJSONObject())
                .containsEntry("record_id", "urn:uuid:" + id)
                .containsEntry("event_state", "withdrawn")
                .containsEntry("event_effective_time", "2026-03-31T09:00:00Z")
                .containsKeys("pii_principal_id", "pii_controllers", "purposes", "event_time", "event_type",
                        "validity_duration", "withdrawal_method");
        String tampered = download.getResponse().getContentAsString().replaceFirst("\\.", ".e");
        assertThat(verifies(tampered, key)).isFalse();
    }

    // ----- helpers

    private static boolean verifies(String jws, OctetKeyPair key) {
        try {
            return JWSObject.parse(jws).verify(new Ed25519Verifier(key));
        } catch (Exception unreadable) {
            return false;
        }
    }

    private ResultActions as(MockHttpServletRequestBuilder request, String username, Role role) throws Exception {
        return mvc.perform(request.with(user(username).roles(role.name())));
    }

    private Account account(String name, Role role, UUID organization, UUID person) {
        return accounts.create(name + "-" + suffix, "a long test password", role, organization, person);
    }

    private String createGrant(String username, UUID person, int noticeDays) throws Exception {
        return createGrant(username, person, Role.PERFORMER, noticeDays, "given");
    }

    private String createGrant(String username, UUID person, Role role, int noticeDays, String expected)
            throws Exception {
        MvcResult result = as(post("/api/v1/grants").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(grantJson(person, noticeDays)), username, role)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value(expected))
                .andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    private String grantJson(UUID person, int noticeDays) {
        return """
                {
                  "person": "%s",
                  "grantee": "%s",
                  "aspects": ["face", "voice"],
                  "purposes": ["synthetic-media"],
                  "scope": {"production": "%s"},
                  "validFrom": "2026-03-01",
                  "validUntil": "2027-03-01",
                  "compensation": {"amount": "25000.00", "currency": "USD", "basis": "flat"},
                  "revocation": {"contact": "rights@harbor.example", "noticeDays": %d},
                  "deletion": {"method": "Delete the voice model and derived takes", "withinDays": 30},
                  "informed": {"document": "consents/ana-2026.pdf", "language": "en"},
                  "evidence": {"sha256": "%s", "explainedBy": "Officer Kim", "language": "en"}
                }""".formatted(person, harbor, lighthouse, noticeDays, DOCUMENT);
    }

    private long grantRows() {
        return jdbc.sql("SELECT count(*) FROM consent_grant").query(Long.class).single();
    }
}
