package org.guildmark.app.enforcement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.consent.RegistryRows;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The enforcement API and pages over HTTP, and what they do with bad input: each field named, oversized and
 * wrong-type attachments, too many reports, guessed and replayed receipts and forms, a recused member, a decision
 * without reasons. Every refusal is clear, stores nothing, and is in the audit log.
 */
@SpringBootTest(classes = GuildmarkApplication.class)
@AutoConfigureMockMvc
class EnforcementApiTests {

    private static final String CUSTODIAN = "api-custodian";
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "enforcement api passphrase");
        properties.add("guildmark.enforcement.custodian", () -> CUSTODIAN);
        properties.add("guildmark.enforcement.receipt-hash-iterations", () -> "1000");
        properties.add("guildmark.enforcement.max-attachment-size", () -> "1KB");
        properties.add("guildmark.enforcement.max-attachments", () -> "2");
        properties.add("guildmark.enforcement.submissions-per-hour", () -> "3");
        properties.add("guildmark.enforcement.receipt-failures", () -> "3");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    CaseWork work;

    private String code;
    private UUID harbor;
    private String chair;
    private String member;

    @BeforeEach
    void aProductionAndACommittee() {
        RegistryRows rows = new RegistryRows(jdbc);
        harbor = rows.organization("Harbor Pictures");
        code = "teaser-" + UUID.randomUUID().toString().substring(0, 8);
        rows.production(harbor, code);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        chair = "chair-" + suffix;
        member = "member-" + suffix;
        accounts.create(chair, "committee passphrase", Role.COMMITTEE, null, null);
        accounts.create(member, "committee passphrase", Role.COMMITTEE, null, null);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String address() {
        return "203.0.113." + (1 + (int) (Math.random() * 250)) + "-" + UUID.randomUUID();
    }

    private String json(String description) {
        return "{\"production\":\"" + code + "\",\"clauses\":[\"3.1\"],\"description\":\"" + description + "\"}";
    }

    private MvcResult file(String body, String address) throws Exception {
        return mvc.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(from(address))).andReturn();
    }

    private long refusedWithoutCase(String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM enforcement_event WHERE case_id IS NULL AND refused AND kind = :k")
                .param("k", kind).query(Long.class).single();
    }

    @Test
    void a_complaint_through_the_api_gets_a_receipt_without_a_session_or_a_csrf_token() throws Exception {
        MvcResult result = file(json("The teaser used a replica after the consent was withdrawn."), address());

        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        String body = result.getResponse().getContentAsString();
        assertThat((String) JsonPath.read(body, "$.receipt")).matches("[0-9]{16}");
        assertThat((String) JsonPath.read(body, "$.reference")).matches("EC-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat((String) JsonPath.read(body, "$.state")).isEqualTo("received");
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void bad_input_names_each_field_and_stores_nothing() throws Exception {
        long cases = jdbc.sql("SELECT COUNT(*) FROM enforcement_case").query(Long.class).single();
        long refused = refusedWithoutCase("complaint-refused");

        MvcResult result = file("{\"clauses\":[\"3.1\",\"9.9\",4],\"description\":\"short\",\"reporter\":"
                + "{\"contact\":\"x@example.org\"}}", address());

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        String body = result.getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$.errors[*].pointer"))
                .contains("/clauses/2", "/clauses/1", "/description", "/reporter/name", "/subject");
        assertThat(JsonPath.<List<String>>read(body, "$.errors[*].detail"))
                .anyMatch(d -> d.contains("'9.9' is not a clause of the Code"));
        assertThat(file("not json", address()).getResponse().getContentAsString())
                .contains("not valid JSON");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enforcement_case").query(Long.class).single()).isEqualTo(cases);
        assertThat(refusedWithoutCase("complaint-refused")).isEqualTo(refused + 2);
    }

    @Test
    void oversized_and_wrong_type_attachments_are_refused_with_what_to_send_instead() throws Exception {
        long cases = jdbc.sql("SELECT COUNT(*) FROM enforcement_case").query(Long.class).single();
        byte[] big = new byte[2048];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};

        MvcResult result = mvc.perform(multipart("/api/v1/complaints")
                .file(new MockMultipartFile("complaint", "", "application/json",
                        json("A report with evidence that cannot be taken.").getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("attachments", "screening.pdf", "application/pdf", big))
                .file(new MockMultipartFile("attachments", "invoice.pdf", "application/pdf", program))
                .with(from(address()))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        String body = result.getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$.errors[*].pointer"))
                .containsExactly("/attachments/0", "/attachments/1");
        assertThat(JsonPath.<List<String>>read(body, "$.errors[*].detail")).satisfiesExactly(
                d -> assertThat(d).contains("screening.pdf is 2.0 KB").contains("at most 1.0 KB"),
                d -> assertThat(d).contains("invoice.pdf is application/x-msdownload").contains("PDF, PNG"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enforcement_case").query(Long.class).single()).isEqualTo(cases);
        assertThat(jdbc.sql("SELECT detail FROM enforcement_event WHERE case_id IS NULL AND kind = "
                + "'complaint-refused' ORDER BY id DESC LIMIT 1").query(String.class).single())
                .contains("/attachments/0 too-large (2048 bytes)")
                .contains("/attachments/1 type-not-accepted (application/x-msdownload)");

        // The page keeps what was typed and says the same next to the field.
        MockHttpSession session = new MockHttpSession();
        String page = mvc.perform(get("/complaints/new").session(session)).andReturn().getResponse()
                .getContentAsString();
        MvcResult form = mvc.perform(multipart("/complaints")
                .file(new MockMultipartFile("attachments", "screening.pdf", "application/pdf", big))
                .param("production", code).param("description", "The festival copy carried no AI label at all.")
                .param("formToken", token(page)).session(session).with(csrf()).with(from(address())))
                .andReturn();
        assertThat(form.getResponse().getStatus()).isEqualTo(400);
        assertThat(form.getResponse().getContentAsString()).contains("screening.pdf is 2.0 KB")
                .contains("The festival copy carried no AI label at all.").contains("id=\"attachments-error\"");
    }

    @Test
    void too_many_reports_from_one_client_are_refused_until_the_hour_is_over() throws Exception {
        String address = address();
        for (int i = 0; i < 3; i++) {
            assertThat(file(json("Report number " + i + " about the teaser's replica."), address).getResponse()
                    .getStatus()).isEqualTo(201);
        }

        MvcResult fourth = file(json("One report too many about the teaser's replica."), address);

        assertThat(fourth.getResponse().getStatus()).isEqualTo(429);
        assertThat(fourth.getResponse().getHeader("Retry-After")).isEqualTo("3600");
        assertThat(fourth.getResponse().getContentAsString()).contains("Nothing was stored");
        assertThat(file(json("Another reporter elsewhere sends theirs."), address()).getResponse().getStatus())
                .isEqualTo(201);
    }

    @Test
    void guessed_receipts_lock_the_client_out_and_every_attempt_is_logged() throws Exception {
        String receipt = JsonPath.read(file(json("A report to come back to with a receipt."), address())
                .getResponse().getContentAsString(), "$.receipt");
        String guesser = address();
        long refused = refusedWithoutCase("receipt-refused");

        for (int i = 0; i < 3; i++) {
            MvcResult guess = mvc.perform(post("/complaints/receipt").param("receipt", "1111 2222 3333 44" + i + "9")
                    .with(csrf()).with(from(guesser))).andReturn();
            assertThat(guess.getResponse().getStatus()).isEqualTo(400);
            assertThat(guess.getResponse().getContentAsString()).contains("No report has this receipt");
        }
        MvcResult locked = mvc.perform(post("/complaints/receipt").param("receipt", receipt).with(csrf())
                .with(from(guesser))).andReturn();

        assertThat(locked.getResponse().getStatus()).isEqualTo(429);
        assertThat(locked.getResponse().getContentAsString()).contains("Too many receipts");
        assertThat(refusedWithoutCase("receipt-refused")).isEqualTo(refused + 4);
        assertThat(jdbc.sql("SELECT detail FROM enforcement_event WHERE case_id IS NULL AND kind = "
                + "'receipt-refused' ORDER BY id DESC LIMIT 2").query(String.class).list())
                .containsExactly("client locked out after failed receipts", "matched no case; client locked out");
        // The reporter elsewhere is not locked out.
        MvcResult opened = mvc.perform(post("/complaints/receipt").param("receipt", receipt).with(csrf())
                .with(from(address()))).andReturn();
        assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/complaints/receipt/case");
    }

    @Test
    void a_replayed_form_stores_nothing_twice_and_is_logged() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String token = token(mvc.perform(get("/complaints/new").session(session)).andReturn().getResponse()
                .getContentAsString());
        MockHttpServletRequestBuilder send = post("/complaints").param("production", code)
                .param("description", "The same report, sent twice by a double click.").param("formToken", token)
                .session(session).with(csrf()).with(from(address()));
        long cases = jdbc.sql("SELECT COUNT(*) FROM enforcement_case").query(Long.class).single();

        MvcResult first = mvc.perform(send).andReturn();
        MvcResult again = mvc.perform(send).andReturn();

        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        String receipt = first.getResponse().getContentAsString().replaceAll("(?s).*id=\"receipt\">([0-9 ]+)<.*",
                "$1");
        assertThat(receipt).matches("[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4}");
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(again.getResponse().getContentAsString()).contains("nothing was stored twice");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enforcement_case").query(Long.class).single())
                .isEqualTo(cases + 1);

        // The reporter's own forms: a message sent twice is kept once.
        MockHttpSession reporter = new MockHttpSession();
        mvc.perform(post("/complaints/receipt").param("receipt", receipt).session(reporter).with(csrf())
                .with(from(address())));
        String caseToken = token(mvc.perform(get("/complaints/receipt/case").session(reporter)).andReturn()
                .getResponse().getContentAsString());
        MockHttpServletRequestBuilder reply = post("/complaints/receipt/messages").param("body", "It was the 12th.")
                .param("formToken", caseToken).session(reporter).with(csrf());
        mvc.perform(reply);
        MvcResult replayed = mvc.perform(reply).andReturn();
        assertThat(replayed.getFlashMap().get("problem")).asString().contains("nothing was added twice");
        UUID caseId = jdbc.sql("SELECT case_id FROM case_message WHERE body = 'It was the 12th.'")
                .query(UUID.class).single();
        assertThat(jdbc.sql("SELECT kind FROM enforcement_event WHERE case_id = :c AND refused").param("c", caseId)
                .query(String.class).list()).containsExactly("replay-refused");
    }

    @Test
    void a_recused_member_is_told_why_on_the_page_and_in_the_api_and_the_case_logs_each_attempt() throws Exception {
        UUID id = opened();
        work.declareConflict(chair, member, code, null, null, "directed the teaser");

        MvcResult page = mvc.perform(get("/committee/cases/" + id).with(user(member).roles("COMMITTEE")))
                .andReturn();
        MvcResult api = mvc.perform(get("/api/v1/cases/" + id).with(user(member).roles("COMMITTEE"))).andReturn();

        assertThat(page.getResponse().getStatus()).isEqualTo(403);
        assertThat(page.getResponse().getContentAsString()).contains("You are recused from this case")
                .contains("its production").doesNotContain(code);
        assertThat(api.getResponse().getStatus()).isEqualTo(403);
        assertThat((String) JsonPath.read(api.getResponse().getContentAsString(), "$.detail"))
                .contains("recused");
        assertThat(mvc.perform(get("/committee").with(user(member).roles("COMMITTEE"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain(id.toString());
        assertThat(jdbc.sql("SELECT actor FROM enforcement_event WHERE case_id = :c AND kind = 'access-refused'")
                .param("c", id).query(String.class).list()).containsExactly(member, member);
    }

    @Test
    void a_decision_without_reasons_is_refused_with_the_field_and_the_typed_text_kept() throws Exception {
        UUID id = opened();
        work.move(chair, id, "triage", null);
        work.move(chair, id, "investigation", null);

        MvcResult api = mvc.perform(post("/api/v1/cases/" + id + "/decision").contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"violation\",\"clauses\":[\"3.1\"],\"reasons\":\"\",\"sanctions\":"
                        + "[{\"kind\":\"fine\",\"amount\":\"lots\"}]}")
                .with(user(chair).roles("COMMITTEE")).with(csrf())).andReturn();
        MvcResult page = mvc.perform(post("/committee/cases/" + id + "/decision").param("outcome", "violation")
                .param("clauses", "3.1").param("reasons", "").param("kinds", "warning")
                .param("amount", "").with(user(chair).roles("COMMITTEE")).with(csrf())).andReturn();

        assertThat(api.getResponse().getStatus()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(api.getResponse().getContentAsString(), "$.errors[*].pointer"))
                .containsExactly("/sanctions/0/amount");
        MvcResult noReasons = mvc.perform(post("/api/v1/cases/" + id + "/decision")
                .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"violation\",\"clauses\":[\"3.1\"]}")
                .with(user(chair).roles("COMMITTEE")).with(csrf())).andReturn();
        assertThat(noReasons.getResponse().getStatus()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(noReasons.getResponse().getContentAsString(), "$.errors[*].pointer"))
                .containsExactly("/reasons");
        assertThat(page.getResponse().getStatus()).isEqualTo(400);
        assertThat(page.getResponse().getContentAsString()).contains("Give the reasons for the decision")
                .contains("id=\"reasons-error\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_decision WHERE case_id = :c").param("c", id)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT detail FROM enforcement_event WHERE case_id = :c AND kind = 'decision-refused'")
                .param("c", id).query(String.class).list())
                .containsExactly("/sanctions/0/amount bad-amount", "/reasons missing", "/reasons missing");
    }

    @Test
    void only_the_custodian_sees_who_reported() throws Exception {
        if (accounts.find(CUSTODIAN).isEmpty()) {
            accounts.create(CUSTODIAN, "committee passphrase", Role.COMMITTEE, null, null);
        }
        MvcResult filed = file("{\"production\":\"" + code + "\",\"description\":\"I saw the replica used on set.\","
                + "\"reporter\":{\"name\":\"Rosa Delgado\",\"contact\":\"rosa@example.org\"}}", address());
        String reference = JsonPath.read(filed.getResponse().getContentAsString(), "$.reference");
        UUID id = jdbc.sql("SELECT id FROM enforcement_case WHERE reference = :r").param("r", reference)
                .query(UUID.class).single();

        String casePage = mvc.perform(get("/committee/cases/" + id).with(user(chair).roles("COMMITTEE")))
                .andReturn().getResponse().getContentAsString();
        MvcResult refused = mvc.perform(post("/committee/cases/" + id + "/reporter")
                .with(user(chair).roles("COMMITTEE")).with(csrf())).andReturn();
        MvcResult shown = mvc.perform(post("/committee/cases/" + id + "/reporter")
                .with(user(CUSTODIAN).roles("COMMITTEE")).with(csrf())).andReturn();

        assertThat(casePage).doesNotContain("Rosa Delgado").doesNotContain("rosa@example.org");
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(refused.getResponse().getContentAsString()).contains("Only the committee&#39;s custodian");
        assertThat(shown.getResponse().getContentAsString()).contains("Rosa Delgado · rosa@example.org");
    }

    private UUID opened() throws Exception {
        String reference = JsonPath.read(file(json("A report about this test's own production."), address())
                .getResponse().getContentAsString(), "$.reference");
        return jdbc.sql("SELECT id FROM enforcement_case WHERE reference = :r").param("r", reference)
                .query(UUID.class).single();
    }

    private static String token(String page) {
        Matcher m = FORM_TOKEN.matcher(page);
        assertThat(m.find()).as("a form token on the page").isTrue();
        return m.group(1);
    }
}
