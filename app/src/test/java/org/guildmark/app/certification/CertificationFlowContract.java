package org.guildmark.app.certification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.consent.RegistryRows;
import org.guildmark.app.keys.GuildKeys;
import org.guildmark.app.registry.Caller;
import org.guildmark.app.registry.ConsentRegistry;
import org.guildmark.app.registry.DeletionObligation;
import org.guildmark.app.registry.NewUse;
import org.guildmark.core.trust.certificate.CertificateVerifier;
import org.guildmark.core.trust.certificate.Check;
import org.guildmark.core.trust.certificate.Evidence;
import org.guildmark.core.trust.certificate.VerificationReport;
import org.guildmark.core.trust.status.StatusPurpose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A production's dossier from upload to certificate and back: the server's audit with the registry's consents,
 * the four-eyes rule, what can never be certified, the signed certificate and its status bits, and a withdrawal
 * that suspends the certificate until the deletion it owes is confirmed. Each subclass names one database.
 */
@SpringBootTest(classes = GuildmarkApplication.class)
abstract class CertificationFlowContract {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "certification flow passphrase");
        properties.add("guildmark.public-url", () -> "https://guild.example");
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SubmissionIntake intake;
    @Autowired
    OfficerReview review;
    @Autowired
    CertificationViews views;
    @Autowired
    CertificateStatus status;
    @Autowired
    StatusLists statusLists;
    @Autowired
    StoredDocuments documents;
    @Autowired
    GuildKeys keys;
    @Autowired
    ConsentRegistry registry;
    @Autowired
    org.guildmark.app.labor.GuildRateSchedules guildRates;

    private RegistryRows rows;
    private UUID harbor;
    private UUID production;
    private String code;
    private UUID mara;
    private UUID maraGrant;
    private Caller.Production harborAccount;

    /** The lighthouse example for a fresh production, with Mara's likeness consented in the registry. */
    @BeforeEach
    void harborRegistersItsProduction() {
        rows = new RegistryRows(jdbc);
        harbor = rows.organization("Harbor Pictures");
        code = "lighthouse-" + UUID.randomUUID().toString().substring(0, 8);
        production = rows.production(harbor, code);
        mara = rows.person("adult", LocalDate.parse("1968-09-23"));
        maraGrant = rows.grant(mara, harbor, production, List.of("face", "voice"), List.of("synthetic-media"),
                LocalDate.parse("2026-01-01"), LocalDate.now().plusYears(1), "given");
        harborAccount = new Caller.Production("harbor", harbor);
    }

    private byte[] lighthouse() throws IOException {
        return Files.readString(EXAMPLES.resolve("lighthouse-feature.yaml"))
                .replace("  id: lighthouse-2026\n", "  id: " + code + "\n")
                .replace("production: lighthouse-2026", "production: " + code)
                .replace("  - id: mara\n    name: Mara Lindqvist\n",
                        "  - id: mara\n    name: Mara Lindqvist\n    registryId: " + mara + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private Submission submitted() throws IOException {
        return intake.submit(harborAccount, production, "lighthouse.yaml", lighthouse());
    }

    private Certificate certifiedByTwoOfficers(Submission s) {
        review.decide("officer-a", s.id(), ReviewDecision.Verdict.CERTIFY, "Consents and credits check out.");
        return review.decide("officer-b", s.id(), ReviewDecision.Verdict.CERTIFY, "Agreed.").certificate()
                .orElseThrow();
    }

    @Test
    void a_submission_is_audited_with_the_registry_and_stored_by_sha256() throws IOException {
        byte[] dossier = lighthouse();

        Submission s = intake.submit(harborAccount, production, "lighthouse.yaml", dossier);

        assertThat(s.version()).isEqualTo(1);
        assertThat(s.certifiable()).isTrue();
        assertThat(s.adlDisplay()).startsWith("ADL-");
        assertThat(documents.get(s.dossierSha256())).hasValue(dossier);
        assertThat(org.guildmark.core.read.FileDigest.sha256(dossier)).isEqualTo(s.dossierSha256());
        assertThat(new String(documents.get(s.reportSha256()).orElseThrow(), StandardCharsets.UTF_8))
                .contains("\"verdict\" : \"certifiable\"");
        assertThat(jdbc.sql("SELECT grant_id FROM submission_grant WHERE submission_id = :s")
                .param("s", s.id()).query(UUID.class).list()).containsExactly(maraGrant);
        assertThat(views.detail(harborAccount, s.id()).summary().state()).isEqualTo(SubmissionState.PENDING);
    }

    @Test
    void four_eyes_one_officer_is_not_enough_and_the_same_officer_cannot_decide_twice() throws IOException {
        Submission s = submitted();

        OfficerReview.Outcome first = review.decide("officer-a", s.id(), ReviewDecision.Verdict.CERTIFY, "Fine.");

        assertThat(first.certificate()).isEmpty();
        assertThat(first.state()).isEqualTo(SubmissionState.AWAITING_SECOND_OFFICER);
        assertThatThrownBy(() -> review.decide("officer-a", s.id(), ReviewDecision.Verdict.CERTIFY, "Again."))
                .isInstanceOf(CertificationRefusal.Conflict.class).hasMessageContaining("decided on this");
        OfficerReview.Outcome second = review.decide("officer-b", s.id(), ReviewDecision.Verdict.CERTIFY, "Agreed.");
        assertThat(second.certificate()).isPresent();
        assertThat(second.state()).isEqualTo(SubmissionState.CERTIFIED);
    }

    @Test
    void the_certificate_verifies_offline_with_the_published_keys_and_status_lists() throws Exception {
        Certificate c = certifiedByTwoOfficers(submitted());
        String revocation = statusLists.credential("revocation-" + c.statusList()).orElseThrow();
        String suspension = statusLists.credential("suspension-" + c.statusList()).orElseThrow();
        JWKSet published = JWKSet.parse(keys.publicKeys().toString(true));

        VerificationReport report = new CertificateVerifier(published).verify(c.jws(),
                new Evidence(List.of(revocation, suspension), Optional.empty(), Optional.empty(), Optional.empty()),
                java.time.Instant.now());

        assertThat(report.check(Check.Name.SIGNATURE).orElseThrow().passed()).as(report.toString()).isTrue();
        assertThat(report.check(Check.Name.VALIDITY).orElseThrow().passed()).isTrue();
        assertThat(report.check(Check.Name.REVOCATION).orElseThrow().passed()).isTrue();
        assertThat(report.check(Check.Name.SUSPENSION).orElseThrow().passed()).isTrue();
        var credential = report.certificate().orElseThrow();
        assertThat(credential.issuer()).isEqualTo("https://guild.example");
        assertThat(credential.subject().productionId()).isEqualTo("urn:guildmark:production:" + code);
        assertThat(credential.statusEntry(StatusPurpose.SUSPENSION).orElseThrow().listUrl())
                .isEqualTo("https://guild.example/status/suspension-" + c.statusList());
    }

    @Test
    void a_submission_the_audit_found_not_certifiable_is_never_certified() throws IOException {
        byte[] broken = new String(lighthouse(), StandardCharsets.UTF_8)
                .replace("registryId: " + mara, "registryId: " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        Submission s = intake.submit(harborAccount, production, "lighthouse.yaml", broken);

        assertThat(s.certifiable()).isFalse();
        assertThatThrownBy(() -> review.decide("officer-a", s.id(), ReviewDecision.Verdict.CERTIFY, "Looks fine."))
                .isInstanceOf(CertificationRefusal.Conflict.class).hasMessageContaining("cannot be certified");
        assertThat(review.decide("officer-a", s.id(), ReviewDecision.Verdict.REJECT, "Consent missing.").state())
                .isEqualTo(SubmissionState.REJECTED);
        assertThat(views.detail(harborAccount, s.id()).decisions()).singleElement()
                .satisfies(d -> assertThat(d.officer()).isEqualTo("officer-a"));
    }

    @Test
    void a_second_version_shows_which_findings_it_resolved() throws IOException {
        byte[] broken = new String(lighthouse(), StandardCharsets.UTF_8)
                .replace("registryId: " + mara, "registryId: " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        Submission first = intake.submit(harborAccount, production, "lighthouse.yaml", broken);
        Submission second = submitted();

        FindingsDiff diff = views.detail(harborAccount, second.id()).sincePrevious().orElseThrow();

        assertThat(second.version()).isEqualTo(2);
        assertThat(diff.resolved()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.clause()).isEqualTo("3.1"));
        assertThat(diff.added()).isEmpty();
        assertThat(views.detail(harborAccount, first.id()).summary().state()).isEqualTo(SubmissionState.SUPERSEDED);
    }

    @Test
    void an_unreadable_dossier_is_refused_with_where_and_nothing_is_stored() {
        long before = jdbc.sql("SELECT COUNT(*) FROM stored_document").query(Long.class).single();

        assertThatThrownBy(() -> intake.submit(harborAccount, production, "broken.json",
                "{\"guildmark\": \"dossier/v1\", \"production\": ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(CertificationRefusal.Invalid.class,
                        refusal -> assertThat(refusal.problems()).isNotEmpty()
                                .allSatisfy(p -> assertThat(p.where()).contains("broken.json")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stored_document").query(Long.class).single()).isEqualTo(before);
        assertThat(views.ofProduction(harborAccount, production)).isEmpty();
    }

    @Test
    void another_organization_cannot_see_or_submit_for_the_production() throws IOException {
        Submission s = submitted();
        Caller.Production other = new Caller.Production("other", rows.organization("Other Pictures"));

        assertThatThrownBy(() -> views.detail(other, s.id())).isInstanceOf(CertificationRefusal.NotFound.class);
        assertThatThrownBy(() -> intake.submit(other, production, "x.yaml", lighthouse()))
                .isInstanceOf(CertificationRefusal.NotFound.class);
    }

    @Test
    void withdrawn_consent_suspends_the_certificate_until_the_deletion_is_confirmed() throws IOException {
        Certificate c = certifiedByTwoOfficers(submitted());
        registry.recordUse(harborAccount, maraGrant, new NewUse(production, "sc18-sh080", null, null));

        registry.revoke(new Caller.Guild("officer-a"), maraGrant, "The performer's agent reported a forgery.");

        assertThat(views.certificate(c.id()).certificate().state()).isEqualTo(Certificate.State.SUSPENDED);
        assertThat(suspended(c)).isTrue();
        DeletionObligation owed = registry.obligationsOf(harborAccount, maraGrant).get(0);
        registry.confirmDeletion(harborAccount, owed.id(), "a".repeat(64), "Replica and renders deleted.");

        CertificationViews.CertificateDetail after = views.certificate(c.id());
        assertThat(after.certificate().state()).isEqualTo(Certificate.State.ACTIVE);
        assertThat(after.events()).extracting(CertificateEvent::kind).containsExactly(CertificateEvent.Kind.ISSUED,
                CertificateEvent.Kind.SUSPENDED, CertificateEvent.Kind.REINSTATED);
        assertThat(suspended(c)).isFalse();
    }

    @Test
    void an_officer_cannot_reinstate_while_a_deletion_is_owed_and_revocation_is_final() throws IOException {
        Certificate c = certifiedByTwoOfficers(submitted());
        registry.recordUse(harborAccount, maraGrant, new NewUse(production, "sc18-sh080", null, null));
        registry.revoke(new Caller.Guild("officer-a"), maraGrant, "Forged consent.");

        assertThatThrownBy(() -> status.reinstate("officer-a", c.id(), "Looks fine to me."))
                .isInstanceOf(CertificationRefusal.Conflict.class).hasMessageContaining("deletion");
        status.revoke("officer-a", c.id(), "The production used a forged consent.");

        assertThat(revoked(c)).isTrue();
        assertThatThrownBy(() -> status.reinstate("officer-a", c.id(), "Undo."))
                .isInstanceOf(CertificationRefusal.Conflict.class).hasMessageContaining("final");
    }

    @Test
    void a_guild_rate_schedule_judges_each_engagement_by_the_version_in_force_on_its_start() throws IOException {
        String header = "role,role_kind,unit,tier,currency,minimum,valid_from,valid_until\n";
        String raised = "raised-" + UUID.randomUUID().toString().substring(0, 8);
        guildRates.create("officer-a", raised, "Performers' minimums");
        guildRates.importVersion("officer-a", raised, LocalDate.parse("2026-01-01"), null, null,
                (header + "performer,traditional,day,standard,USD,2000.00,,\n").getBytes(StandardCharsets.UTF_8));
        // From May a performer's day costs more than Mara's 2,800; her engagement started in April.
        guildRates.importVersion("officer-a", raised, LocalDate.parse("2026-05-01"), null, null,
                (header + "performer,traditional,day,standard,USD,3000.00,,\n").getBytes(StandardCharsets.UTF_8));
        String high = "high-" + UUID.randomUUID().toString().substring(0, 8);
        guildRates.create("officer-a", high, "High minimums");
        guildRates.importVersion("officer-a", high, LocalDate.parse("2026-01-01"), null, null,
                (header + "performer,traditional,day,standard,USD,3000.00,,\n").getBytes(StandardCharsets.UTF_8));
        String dossier = new String(lighthouse(), StandardCharsets.UTF_8);

        Submission inForceInApril = intake.submit(harborAccount, production, "lighthouse.yaml",
                dossier.replace("rateSchedule: aimeg-example-2026", "rateSchedule: guild:" + raised)
                        .getBytes(StandardCharsets.UTF_8));
        Submission underpaid = intake.submit(harborAccount, production, "lighthouse.yaml",
                dossier.replace("rateSchedule: aimeg-example-2026", "rateSchedule: guild:" + high)
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(inForceInApril.certifiable()).isTrue();
        assertThat(underpaid.certifiable()).isFalse();
        assertThat(views.detail(harborAccount, underpaid.id()).report().findings())
                .filteredOn(f -> f.clause().equals("2.1") && f.severity() == org.guildmark.core.audit.Severity.BLOCKING)
                .extracting(SubmittedReport.ReportFinding::message)
                .anySatisfy(m -> assertThat(m).contains("3000.00"));
    }

    private boolean suspended(Certificate c) {
        return bit("suspension-" + c.statusList(), c.statusIndex());
    }

    private boolean revoked(Certificate c) {
        return bit("revocation-" + c.statusList(), c.statusIndex());
    }

    private boolean bit(String list, int index) {
        String jws = statusLists.credential(list).orElseThrow();
        String payload = new String(java.util.Base64.getUrlDecoder().decode(jws.split("\\.")[1]),
                StandardCharsets.UTF_8);
        var credential = org.guildmark.core.trust.certificate.StatusListCredential.fromPayload(
                tools.jackson.databind.json.JsonMapper.builder().build().readTree(payload));
        return credential.list().get(index);
    }
}
