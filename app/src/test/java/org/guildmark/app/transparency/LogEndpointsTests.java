package org.guildmark.app.transparency;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.nimbusds.jose.jwk.JWKSet;
import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.keys.GuildKeys;
import org.guildmark.app.keys.Issuer;
import org.guildmark.core.trust.certificate.CertificateEvents;
import org.guildmark.core.trust.certificate.CertificateSubject;
import org.guildmark.core.trust.certificate.CertificateVerifier;
import org.guildmark.core.trust.certificate.Check;
import org.guildmark.core.trust.certificate.CheckResult;
import org.guildmark.core.trust.certificate.CredentialIssuer;
import org.guildmark.core.trust.certificate.Evidence;
import org.guildmark.core.trust.certificate.ProductionCertificate;
import org.guildmark.core.trust.certificate.StatusEntry;
import org.guildmark.core.trust.certificate.StatusListCredential;
import org.guildmark.core.trust.certificate.VerificationReport;
import org.guildmark.core.trust.log.Checkpoint;
import org.guildmark.core.trust.log.ConsistencyProof;
import org.guildmark.core.trust.log.InclusionProof;
import org.guildmark.core.trust.log.LogEntry;
import org.guildmark.core.trust.log.ProofCheck;
import org.guildmark.core.trust.note.SignedNote;
import org.guildmark.core.trust.status.StatusBitstring;
import org.guildmark.core.trust.status.StatusPurpose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The log's public endpoints through MockMvc, as an anonymous visitor: what {@code guildmark verify --fetch} reads
 * (the checkpoint and the inclusion proof of a certificate's issuance entry) verifies with core's
 * {@link CertificateVerifier}; entries come back byte for byte, at most 1,000 a request; and every bad parameter
 * gets a problem document naming it.
 */
@SpringBootTest(classes = GuildmarkApplication.class)
@AutoConfigureMockMvc
class LogEndpointsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant ISSUED = Instant.parse("2026-05-01T12:00:00Z");
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    /** Entries logged before the certificate, so that it sits past the first page of entries. */
    private static final int BEFORE = 1003;

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "log endpoints admin passphrase");
        properties.add("guildmark.public-url", () -> "https://guild.example");
        // The tests sequence by hand, so what is in the log is known at each step.
        properties.add("guildmark.log.sequencer.enabled", () -> "false");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TransparencyLog log;

    @Autowired
    GuildKeys keys;

    @Autowired
    Issuer issuer;

    /** Logged once for the class: the tests share one server. */
    private static String certificate;
    private static ProductionCertificate certified;
    private static long firstSize = -1;

    @BeforeEach
    void logACertificateAmongOtherEntries() {
        if (firstSize >= 0) {
            return;
        }
        firstSize = log.sequence();
        certified = new ProductionCertificate("urn:uuid:6f1c2b0e-5d7a-4e7b-9a51-3f0c8d2e4b19", issuer.url(), ISSUED,
                ISSUED.plus(Duration.ofDays(365)),
                new CertificateSubject("urn:guildmark:production:lighthouse-2026", "The Lighthouse Keeper", 2,
                        "ADL-2 (R, V)", "1.0", "a".repeat(64), "b".repeat(64), ISSUED),
                List.of(new StatusEntry(StatusPurpose.REVOCATION, 94567, issuer.at("/status/revocation-1")),
                        new StatusEntry(StatusPurpose.SUSPENSION, 94567, issuer.at("/status/suspension-1"))));
        certificate = new CredentialIssuer(keys.activeSigningKey()).issue(certified);
        for (int i = 0; i < BEFORE; i++) {
            log.append(LogChecks.certificateIssued(i));
        }
        log.append(CertificateEvents.issued(certificate, certified));
        log.append(LogChecks.certificateIssued(BEFORE + 1));
        log.sequence();
    }

    @Test
    void the_checkpoint_is_a_short_lived_signed_note_of_the_log_that_verifies_against_the_published_keys()
            throws Exception {
        long size = log.size();
        MvcResult answer = mvc.perform(get("/log/checkpoint")).andReturn();

        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(answer.getResponse().getContentType()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(answer.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=10, public");
        String note = answer.getResponse().getContentAsString();
        assertThat(note).startsWith("guild.example/log\n" + size + "\n");
        SignedCheckpoint latest = log.latestCheckpoint().orElseThrow();
        LogChecks.verifiedNote(note, size, latest.root(), publishedKeys(), issuer);
        assertThat(Checkpoint.parse(SignedNote.parse(note).text()).rootHash()).isEqualTo(log.root(size));
    }

    @Test
    void a_certificate_verifies_offline_with_the_checkpoint_and_proof_the_endpoints_serve() throws Exception {
        String leaf = HexFormat.of().formatHex(CertificateEvents.issued(certificate, certified).leafHash());
        String note = body("/log/checkpoint");
        long checkpointSize = Checkpoint.parse(SignedNote.parse(note).text()).size();

        MvcResult proofAnswer = mvc.perform(get("/log/proof/inclusion?leaf=" + leaf + "&size=" + checkpointSize))
                .andReturn();

        assertThat(proofAnswer.getResponse().getStatus()).isEqualTo(200);
        assertThat(proofAnswer.getResponse().getContentType()).startsWith("application/json");
        assertThat(proofAnswer.getResponse().getHeader("Cache-Control")).contains("immutable");
        InclusionProof proof = InclusionProof.fromJson(proofAnswer.getResponse().getContentAsString());
        assertThat(proof.index()).isEqualTo(BEFORE);
        assertThat(proof.size()).isEqualTo(checkpointSize);
        VerificationReport report = new CertificateVerifier(publishedKeys()).verify(certificate,
                new Evidence(List.of(statusList(StatusPurpose.REVOCATION), statusList(StatusPurpose.SUSPENSION)),
                        Optional.of(note), Optional.of(proof), Optional.empty()), NOW);
        assertThat(report.checks()).allSatisfy(check ->
                assertThat(check.result()).as(check.name().label()).isInstanceOf(CheckResult.Pass.class));
        assertThat(report.verdict()).isEqualTo(VerificationReport.Verdict.VALID);
        assertThat(report.check(Check.Name.INCLUSION)).isPresent();
    }

    @Test
    void entries_come_back_byte_for_byte_at_most_a_thousand_a_request() throws Exception {
        JsonNode first = json("/log/entries?start=0&end=5000");
        assertThat(first.get("start").asLong()).isZero();
        assertThat(first.get("end").asLong()).isEqualTo(LogEndpoints.MAX_ENTRIES);
        assertThat(first.get("entries")).hasSize(LogEndpoints.MAX_ENTRIES);
        JsonNode entry = first.get("entries").get(7);
        assertThat(entry.get("index").asLong()).isEqualTo(7);
        byte[] bytes = Base64.getDecoder().decode(entry.get("entry").asString());
        assertThat(bytes).isEqualTo(LogChecks.certificateIssued(7).encode());
        assertThat(entry.get("leafHash").asString())
                .isEqualTo(HexFormat.of().formatHex(LogChecks.certificateIssued(7).leafHash()));

        long size = log.size();
        MvcResult rest = mvc.perform(get("/log/entries?start=" + BEFORE + "&end=5000")).andReturn();
        JsonNode tail = JSON.readTree(rest.getResponse().getContentAsString());
        assertThat(tail.get("end").asLong()).isEqualTo(size);
        assertThat(tail.get("entries")).hasSize((int) (size - BEFORE));
        assertThat(Base64.getDecoder().decode(tail.get("entries").get(0).get("entry").asString()))
                .isEqualTo(CertificateEvents.issued(certificate, certified).encode());
        // Cut short by the log's end, the answer will grow: it may be cached only briefly.
        assertThat(rest.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=10, public");
        assertThat(json("/log/entries?start=" + size + "&end=" + (size + 10)).get("entries")).isEmpty();
        assertThat(mvc.perform(get("/log/entries?start=3&end=5")).andReturn().getResponse()
                .getHeader("Cache-Control")).contains("immutable");
    }

    @Test
    void consistency_proofs_between_checkpoints_verify() throws Exception {
        List<SignedCheckpoint> checkpoints = log.checkpoints();
        SignedCheckpoint older = checkpoints.get(0);
        SignedCheckpoint newer = checkpoints.get(checkpoints.size() - 1);
        assertThat(older.size()).isEqualTo(firstSize);

        ConsistencyProof proof = ConsistencyProof.fromJson(body("/log/proof/consistency?from=" + older.size()
                + "&to=" + newer.size()));

        assertThat(proof.verify(older.root(), newer.root())).isEqualTo(new ProofCheck.Verified());
        ConsistencyProof partial = ConsistencyProof.fromJson(body("/log/proof/consistency?from=5&to=600"));
        assertThat(partial.verify(log.root(5), log.root(600))).isEqualTo(new ProofCheck.Verified());
    }

    static Stream<Arguments> refusals() {
        String known = HexFormat.of().formatHex(LogChecks.certificateIssued(900).leafHash());
        String unknown = HexFormat.of().formatHex(LogChecks.certificateIssued(999_999).leafHash());
        return Stream.of(
                Arguments.of("/log/proof/inclusion?size=1", 400, "leaf", "The parameter leaf is missing"),
                Arguments.of("/log/proof/inclusion?leaf=abc&size=1", 400, "leaf", "got 3 characters"),
                Arguments.of("/log/proof/inclusion?leaf=" + "z".repeat(64) + "&size=1", 400, "leaf",
                        "character 1 ('z') is not one"),
                Arguments.of("/log/proof/inclusion?leaf=" + unknown + "&size=1", 404, "leaf",
                        "No entry with leaf hash " + unknown + " is in the log."),
                Arguments.of("/log/proof/inclusion?leaf=" + known + "&size=900", 404, "size",
                        "is at index 900, so it is not in the tree of size 900; ask for size 901 or more."),
                Arguments.of("/log/proof/inclusion?leaf=" + known, 400, "size", "The parameter size is missing"),
                Arguments.of("/log/proof/inclusion?leaf=" + known + "&size=-1", 400, "size",
                        "size must be a whole number from 0 (decimal digits only), got '-1'."),
                Arguments.of("/log/proof/inclusion?leaf=" + known + "&size=ten", 400, "size", "got 'ten'"),
                Arguments.of("/log/proof/inclusion?leaf=" + known + "&size=99999999999999999999", 400, "size",
                        "whole number"),
                Arguments.of("/log/proof/inclusion?leaf=" + known + "&size=9223372036854775807", 400, "size",
                        "is beyond the log, which has"),
                Arguments.of("/log/proof/consistency?from=3&to=2", 400, "from", "from (3) must not be above to (2)."),
                Arguments.of("/log/proof/consistency?from=1&to=100000", 400, "to",
                        "to 100000 is beyond the log, which has"),
                Arguments.of("/log/proof/consistency?to=2", 400, "from", "The parameter from is missing"),
                Arguments.of("/log/proof/consistency?from=1.5&to=2", 400, "from", "got '1.5'"),
                Arguments.of("/log/entries?start=-1&end=2", 400, "start", "got '-1'"),
                Arguments.of("/log/entries?start=5&end=2", 400, "end", "end (2) must not be below start (5)."),
                Arguments.of("/log/entries?start=100000&end=100001", 400, "start",
                        "start 100000 is beyond the log, which has"),
                Arguments.of("/log/entries?start=1", 400, "end", "The parameter end is missing"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("refusals")
    void bad_parameters_get_a_problem_naming_the_parameter(String path, int status, String parameter,
            String detail) throws Exception {
        MvcResult answer = mvc.perform(get(path)).andReturn();

        assertThat(answer.getResponse().getStatus()).isEqualTo(status);
        assertThat(answer.getResponse().getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(answer.getResponse().getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
        assertThat(problem.get("detail").asString()).contains(detail);
        assertThat(answer.getResponse().getHeader("Cache-Control")).doesNotContain("immutable");
    }

    @Test
    void a_sanction_and_a_consent_commitment_are_served_like_any_entry() throws Exception {
        LogEntry sanction = new LogEntry.SanctionPublished("sanction-2026-07", "e".repeat(64), NOW);
        long queued = log.append(sanction);
        assertThat(queued).isPositive();
        long grown = log.sequence();

        String leaf = HexFormat.of().formatHex(sanction.leafHash());
        InclusionProof proof = InclusionProof.fromJson(body("/log/proof/inclusion?leaf=" + leaf + "&size="
                + grown));

        assertThat(proof.verify(sanction.leafHash(), log.latestCheckpoint().orElseThrow().root()))
                .isEqualTo(new ProofCheck.Verified());
    }

    private String statusList(StatusPurpose purpose) {
        String id = issuer.at("/status/" + purpose.name().toLowerCase(java.util.Locale.ROOT) + "-1");
        return new CredentialIssuer(keys.activeSigningKey()).issue(new StatusListCredential(id, issuer.url(),
                NOW.minus(Duration.ofHours(1)), Optional.of(NOW.plus(Duration.ofDays(1))), purpose,
                new StatusBitstring(), Duration.ofMinutes(5)));
    }

    private JWKSet publishedKeys() throws Exception {
        return JWKSet.parse(body("/.well-known/jwks.json"));
    }

    private JsonNode json(String path) throws Exception {
        return JSON.readTree(body(path));
    }

    private String body(String path) throws Exception {
        MvcResult answer = mvc.perform(get(path)).andReturn();
        assertThat(answer.getResponse().getStatus()).as(path).isEqualTo(200);
        return answer.getResponse().getContentAsString();
    }
}
