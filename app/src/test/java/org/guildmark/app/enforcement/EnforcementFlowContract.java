package org.guildmark.app.enforcement;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.certification.Certificate;
import org.guildmark.app.certification.CertificateStatusChanged;
import org.guildmark.app.certification.CertificationViews;
import org.guildmark.app.certification.OfficerReview;
import org.guildmark.app.certification.ReviewDecision;
import org.guildmark.app.certification.Submission;
import org.guildmark.app.certification.SubmissionIntake;
import org.guildmark.app.consent.RegistryRows;
import org.guildmark.app.registry.Caller;
import org.guildmark.app.registry.DeletionObligationOverdue;
import org.guildmark.app.security.Accounts;
import org.guildmark.app.security.MutableClock;
import org.guildmark.app.security.Role;
import org.guildmark.app.transparency.TransparencyLog;
import org.guildmark.core.trust.log.LogEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

/**
 * Enforcement end to end on one database: a complaint and its receipt, recusal, decisions that need reasons,
 * sanctions that suspend a real certificate, change membership and go into the transparency log, appeals decided
 * by others, automatic cases, reminders, and the retention purge. Each subclass names one database.
 */
@SpringBootTest(classes = GuildmarkApplication.class)
@Import(EnforcementFlowContract.Clocked.class)
abstract class EnforcementFlowContract {

    static final String CUSTODIAN = "custodian";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
        0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 'w', 'S', (byte) 0xde};

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "enforcement flow passphrase");
        properties.add("guildmark.enforcement.custodian", () -> CUSTODIAN);
        properties.add("guildmark.enforcement.receipt-hash-iterations", () -> "1000");
        properties.add("guildmark.enforcement.submissions-per-hour", () -> "1000");
    }

    @TestConfiguration
    static class Clocked {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    @MockitoSpyBean
    TransparencyLog transparency;

    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    ReporterAccess reporters;
    @Autowired
    CaseWork work;
    @Autowired
    Adjudication adjudication;
    @Autowired
    EnforcementSchedule schedule;
    @Autowired
    Memberships memberships;
    @Autowired
    EnforcementProperties properties;
    @Autowired
    SubmissionIntake submissions;
    @Autowired
    OfficerReview review;
    @Autowired
    CertificationViews certification;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    private RegistryRows rows;
    private UUID harbor;
    private UUID production;
    private String code;
    private String chair;
    private String member;
    private String appeals;

    @BeforeEach
    void aGuildWithACommittee() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        rows = new RegistryRows(jdbc);
        harbor = rows.organization("Harbor Pictures");
        code = "lighthouse-" + UUID.randomUUID().toString().substring(0, 8);
        production = rows.production(harbor, code);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        chair = "chair-" + suffix;
        member = "member-" + suffix;
        appeals = "appeals-" + suffix;
        for (String name : List.of(chair, member, appeals)) {
            accounts.create(name, "committee passphrase", Role.COMMITTEE, null, null);
        }
        if (accounts.find(CUSTODIAN).isEmpty()) {
            accounts.create(CUSTODIAN, "committee passphrase", Role.COMMITTEE, null, null);
        }
    }

    private ComplaintIntake.Filed complaint(String name, List<Upload> attachments) {
        return intake.submit(new ComplaintIntake.Complaint(code, null, List.of("3.1"), "The teaser used a "
                + "performer's replica after she withdrew her consent.", name, name == null ? null
                : "witness@example.org", attachments), "203.0.113.7");
    }

    private UUID investigated(ComplaintIntake.Filed filed) {
        UUID id = filed.filed().id();
        work.move(chair, id, "triage", null);
        work.move(chair, id, "investigation", null);
        return id;
    }

    private List<CaseEvent> log(UUID caseId) {
        return jdbc.sql("SELECT * FROM enforcement_event WHERE case_id = :c ORDER BY id").param("c", caseId)
                .query((rs, n) -> new CaseEvent(rs.getLong("id"), caseId, rs.getString("kind"),
                        rs.getBoolean("refused"), rs.getString("actor"), rs.getString("detail"), null))
                .list();
    }

    @Test
    void an_anonymous_complaint_keeps_its_evidence_and_only_its_receipt_opens_it() {
        ComplaintIntake.Filed filed = complaint(null, List.of(new Upload("../../evidence<1>.png", PNG)));

        EnforcementCase c = filed.filed();
        assertThat(c.state()).isEqualTo(CaseState.RECEIVED);
        assertThat(c.reporter()).isEqualTo(EnforcementCase.ReporterKind.ANONYMOUS);
        assertThat(c.production()).isEqualTo(production);
        assertThat(c.organization()).isEqualTo(harbor);
        assertThat(c.dueAt()).isEqualTo(c.createdAt().plus(properties.deadlines().received()));
        assertThat(filed.receipt()).matches("[1-9][0-9]{15}");
        String stored = jdbc.sql("SELECT receipt_hash FROM enforcement_case WHERE id = :id").param("id", c.id())
                .query(String.class).single();
        assertThat(stored).hasSize(64).doesNotContain(filed.receipt());
        assertThat(jdbc.sql("SELECT file_name || ' ' || media_type || ' ' || size_bytes FROM case_attachment "
                + "WHERE case_id = :id").param("id", c.id()).query(String.class).single())
                .isEqualTo("evidence_1_.png image/png " + PNG.length);
        // No IP address is stored anywhere the case lives.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enforcement_event WHERE detail LIKE '%203.0.113%'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_reporter WHERE case_id = :id").param("id", c.id())
                .query(Long.class).single()).isZero();

        assertThat(reporters.open(Receipts.formatted(filed.receipt()), "198.51.100.1")).isEqualTo(c.id());
        String wrong = filed.receipt().charAt(0) == '9' ? "1" + filed.receipt().substring(1)
                : "9" + filed.receipt().substring(1);
        assertThatThrownBy(() -> reporters.open(wrong, "198.51.100.2"))
                .isInstanceOf(EnforcementRefusal.Invalid.class).hasMessageContaining("No report has this receipt");
        assertThat(log(c.id())).extracting(CaseEvent::kind).containsSubsequence("received", "receipt-accepted");
    }

    @Test
    void a_named_reporters_identity_is_shown_to_the_custodian_alone_and_each_attempt_is_logged() {
        UUID id = complaint("Rosa Delgado", List.of()).filed().id();

        assertThatThrownBy(() -> work.reporter(chair, id)).isInstanceOf(EnforcementRefusal.NotPermitted.class)
                .hasMessageContaining("custodian");
        assertThat(work.reporter(CUSTODIAN, id)).hasValueSatisfying(r -> assertThat(r.name())
                .isEqualTo("Rosa Delgado"));
        assertThat(log(id)).filteredOn(e -> e.kind().startsWith("identity-"))
                .extracting(e -> e.kind() + " " + e.refused() + " " + e.actor())
                .containsExactly("identity-refused true " + chair, "identity-shown false " + CUSTODIAN);
    }

    @Test
    void a_named_reporters_identity_is_stored_encrypted_and_older_clear_rows_still_read() {
        UUID id = complaint("Rosa Delgado", List.of()).filed().id();

        String stored = jdbc.sql("SELECT name FROM case_reporter WHERE case_id = :id").param("id", id)
                .query(String.class).single();
        assertThat(stored).doesNotContain("Rosa").startsWith("eyJ").matches("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]*){4}");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_reporter WHERE name LIKE '%Delgado%' OR contact LIKE '%Delgado%'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sealed_secret WHERE name = 'enforcement-reporter-identity' "
                + "AND sealed_jwe NOT LIKE '%Delgado%'").query(Long.class).single()).isOne();
        assertThat(work.reporter(CUSTODIAN, id)).hasValueSatisfying(r -> assertThat(r.name())
                .isEqualTo("Rosa Delgado"));

        // A row a version before the encryption stored in clear is read as it is.
        UUID older = complaint("Jon Berg", List.of()).filed().id();
        jdbc.sql("UPDATE case_reporter SET name = 'Jon Berg', contact = 'jon@example.org' WHERE case_id = :id")
                .param("id", older).update();
        assertThat(work.reporter(CUSTODIAN, older)).hasValueSatisfying(r -> assertThat(r.name() + " " + r.contact())
                .isEqualTo("Jon Berg jon@example.org"));
    }

    @Test
    void a_recused_member_cannot_see_the_case_and_the_attempt_is_in_its_log() {
        UUID id = complaint(null, List.of()).filed().id();
        work.declareConflict(chair, member, null, harbor, null, "worked for Harbor Pictures until 2025");

        assertThatThrownBy(() -> work.detail(member, id)).isInstanceOf(EnforcementRefusal.NotPermitted.class)
                .hasMessageContaining("recused").hasMessageContaining("its organization");
        assertThat(work.dashboard(member).open()).noneMatch(s -> s.filed().id().equals(id));
        assertThat(work.dashboard(chair).open()).anyMatch(s -> s.filed().id().equals(id));
        assertThatThrownBy(() -> work.assign(chair, id, member)).hasMessageContaining("recused");
        assertThat(log(id)).filteredOn(CaseEvent::refused).extracting(CaseEvent::kind)
                .contains("access-refused", "assignment-refused");
        // Nobody lifts their own recusal.
        UUID conflict = work.conflicts().stream().filter(v -> v.conflict().member().equals(member))
                .findFirst().orElseThrow().conflict().id();
        assertThatThrownBy(() -> work.withdrawConflict(member, conflict))
                .isInstanceOf(EnforcementRefusal.NotPermitted.class);
        work.withdrawConflict(chair, conflict);
        assertThat(work.detail(member, id).filed().id()).isEqualTo(id);
    }

    @Test
    void a_decision_needs_reasons_and_a_state_that_allows_it() {
        UUID id = complaint(null, List.of()).filed().id();
        var request = new Adjudication.DecisionRequest("violation", List.of("3.1"), "  ", List.of(), List.of(),
                false);

        assertThatThrownBy(() -> adjudication.decide(chair, id, request))
                .isInstanceOf(EnforcementRefusal.Conflict.class).hasMessageContaining("follows the investigation");
        investigated(new ComplaintIntake.Filed(work.detail(chair, id).filed(), null));
        assertThatThrownBy(() -> adjudication.decide(chair, id, request))
                .isInstanceOfSatisfying(EnforcementRefusal.Invalid.class, invalid -> assertThat(invalid.problems())
                        .extracting(EnforcementRefusal.Problem::pointer).containsExactly("/reasons"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_decision WHERE case_id = :c").param("c", id)
                .query(Long.class).single()).isZero();
        assertThat(log(id)).filteredOn(CaseEvent::refused).extracting(e -> e.kind() + " " + e.detail())
                .contains("decision-refused /reasons missing");
    }

    @Test
    void a_sanction_suspends_the_certificate_goes_public_and_an_appeal_is_decided_by_others() throws IOException {
        Certificate issued = certified();
        UUID id = investigated(complaint(null, List.of()));

        adjudication.decide(chair, id, new Adjudication.DecisionRequest("violation", List.of("3.1", "3.2"),
                "The replica was used after the withdrawal took effect.", List.of(member),
                List.of(new Adjudication.SanctionRequest("certification-suspension", null, null, null, null, null),
                        new Adjudication.SanctionRequest("fine", null, null, new BigDecimal("2500.00"), "usd",
                                null)), true));

        assertThat(certification.certificatesOf(production)).singleElement()
                .satisfies(c -> assertThat(c.state()).isEqualTo(Certificate.State.SUSPENDED));
        Decisions.Sanction suspension = sanction(id, SanctionKind.CERTIFICATION_SUSPENSION);
        assertThat(suspension.state()).isEqualTo(Decisions.SanctionState.IN_EFFECT);
        assertThat(suspension.publicJson()).startsWith("{\"format\":\"guildmark-sanction/v1\",\"sanctionId\":\""
                + suspension.id() + "\",\"case\":\"EC-").contains("\"kind\":\"certification-suspension\"",
                "\"clauses\":[\"3.1\",\"3.2\"]", "\"certificates\":[\"" + issued.id() + "\"]",
                "\"production\":\"" + production + "\"").doesNotContain(" ");
        assertThat(suspension.sha256()).isEqualTo(org.guildmark.core.read.FileDigest.sha256(suspension.publicJson()
                .getBytes(StandardCharsets.UTF_8)));
        ArgumentCaptor<LogEntry> entries = ArgumentCaptor.forClass(LogEntry.class);
        verify(transparency, atLeastOnce()).append(entries.capture());
        assertThat(entries.getAllValues()).contains(new LogEntry.SanctionPublished(suspension.id().toString(),
                suspension.sha256(), clock.instant()));
        assertThat(sanction(id, SanctionKind.FINE).currency()).isEqualTo("USD");
        assertThat(work.detail(chair, id).filed().state()).isEqualTo(CaseState.DECISION);

        // The party sanctioned appeals; those who decided may not hear it.
        adjudication.lodgeAppeal(id, "harbor", "subject", "The replica shots were deleted before the screening.");
        assertThatThrownBy(() -> adjudication.decideAppeal(member, id, "upheld", "No.", List.of()))
                .isInstanceOf(EnforcementRefusal.NotPermitted.class).hasMessageContaining("decided this case");
        assertThatThrownBy(() -> adjudication.decideAppeal(appeals, id, "upheld", "Upheld.", List.of(chair)))
                .isInstanceOfSatisfying(EnforcementRefusal.Invalid.class, invalid -> assertThat(invalid.problems())
                        .extracting(EnforcementRefusal.Problem::pointer).containsExactly("/panel/0"));
        adjudication.decideAppeal(appeals, id, "upheld", "The screening copy still held the shots.", List.of());
        assertThat(work.detail(appeals, id).filed().state()).isEqualTo(CaseState.APPEAL_DECISION);
        work.close(appeals, id);
        assertThat(work.detail(appeals, id).filed().state()).isEqualTo(CaseState.CLOSED);
        assertThat(log(id)).extracting(CaseEvent::kind).containsSubsequence("received", "state", "state",
                "decided", "sanction-in-effect", "appeal-lodged", "appeal-decision-refused",
                "appeal-decision-refused", "appeal-decided");
    }

    @Test
    void membership_sanctions_take_effect_on_their_date_and_a_suspension_ends() {
        UUID id = investigated(complaint(null, List.of()));
        Instant from = clock.instant().plus(Duration.ofDays(2));
        Instant until = from.plus(Duration.ofDays(30));

        adjudication.decide(chair, id, new Adjudication.DecisionRequest("violation", List.of("3.1"), "Repeated.",
                List.of(), List.of(new Adjudication.SanctionRequest("membership-suspension", from, until, null, null,
                        null)), false));

        assertThat(memberships.ofOrganization(harbor, clock.instant()).standing())
                .isEqualTo(Memberships.Standing.GOOD_STANDING);
        clock.advance(Duration.ofDays(3));
        schedule.check();
        assertThat(memberships.ofOrganization(harbor, clock.instant()))
                .satisfies(s -> assertThat(s.standing()).isEqualTo(Memberships.Standing.SUSPENDED))
                .satisfies(s -> assertThat(s.until()).isEqualTo(until));
        clock.advance(Duration.ofDays(30));
        schedule.check();
        assertThat(memberships.ofOrganization(harbor, clock.instant()).standing())
                .isEqualTo(Memberships.Standing.GOOD_STANDING);
        assertThat(memberships.historyOfOrganization(harbor)).extracting(Memberships.Event::kind)
                .containsExactly("suspended", "reinstated");
        assertThat(sanction(id, SanctionKind.MEMBERSHIP_SUSPENSION).state())
                .isEqualTo(Decisions.SanctionState.ENDED);
    }

    @Test
    void an_overdue_deletion_and_a_consent_suspension_open_one_automatic_case_once() {
        UUID obligation = UUID.randomUUID();
        DeletionObligationOverdue overdue = new DeletionObligationOverdue(obligation, UUID.randomUUID(), harbor,
                production, null, clock.instant().minus(Duration.ofDays(1)));
        transactions.executeWithoutResult(s -> events.publishEvent(overdue));
        transactions.executeWithoutResult(s -> events.publishEvent(overdue));
        transactions.executeWithoutResult(s -> events.publishEvent(new CertificateStatusChanged("urn:uuid:"
                + UUID.randomUUID(), production, Certificate.State.SUSPENDED, "consent-withdrawn", "withdrawn",
                clock.instant())));
        transactions.executeWithoutResult(s -> events.publishEvent(new CertificateStatusChanged("urn:uuid:"
                + UUID.randomUUID(), production, Certificate.State.SUSPENDED, "sanction", "by sanction",
                clock.instant())));

        List<UUID> opened = jdbc.sql("SELECT id FROM enforcement_case WHERE production_id = :p")
                .param("p", production).query(UUID.class).list();
        assertThat(opened).hasSize(1);
        EnforcementCase c = work.detail(chair, opened.get(0)).filed();
        assertThat(c.origin()).isEqualTo(CaseOrigin.DELETION_OVERDUE);
        assertThat(c.reporter()).isEqualTo(EnforcementCase.ReporterKind.AUTOMATIC);
        assertThat(c.organization()).isEqualTo(harbor);
        assertThat(jdbc.sql("SELECT kind FROM case_trigger WHERE case_id = :c ORDER BY kind").param("c", c.id())
                .query(String.class).list()).containsExactly("certificate-suspension", "deletion-obligation");
        assertThatThrownBy(() -> work.message(chair, c.id(), "Hello?")).hasMessageContaining("no reporter");
    }

    @Test
    void a_case_past_its_deadline_is_reminded_once_and_listed_first() {
        UUID late = complaint(null, List.of()).filed().id();
        clock.advance(properties.deadlines().received().plusHours(1));
        UUID fresh = complaint(null, List.of()).filed().id();

        schedule.check();
        schedule.check();

        assertThat(log(late)).filteredOn(e -> e.kind().equals("reminder")).hasSize(1);
        assertThat(log(fresh)).noneMatch(e -> e.kind().equals("reminder"));
        List<UUID> open = work.dashboard(chair).open().stream().map(s -> s.filed().id())
                .filter(i -> i.equals(late) || i.equals(fresh)).toList();
        assertThat(open).containsExactly(late, fresh);
        assertThat(work.dashboard(chair).open().get(0).overdue()).isTrue();
    }

    @Test
    void after_retention_a_closed_case_keeps_only_its_anonymised_decision() {
        ComplaintIntake.Filed filed = complaint("Rosa Delgado", List.of(new Upload("shot.png", PNG)));
        UUID id = investigated(filed);
        work.message(chair, id, "Which screening was it?");
        reporters.reply(id, "The festival preview on the 12th.", List.of());
        work.note(chair, id, "Ask Harbor for the screening copy.");
        adjudication.decide(chair, id, new Adjudication.DecisionRequest("violation", List.of("3.1"),
                "Rosa Delgado's account is borne out by the screening copy.", List.of(), List.of(
                new Adjudication.SanctionRequest("warning", null, null, null, null, null)), false));
        UUID kept = complaint(null, List.of()).filed().id();

        clock.advance(properties.appealWindow().plusHours(1));
        schedule.check();
        assertThat(work.detail(chair, id).filed().state()).isEqualTo(CaseState.CLOSED);
        clock.advance(properties.retention().minusDays(1));
        schedule.check();
        assertThat(work.detail(chair, id).filed().purgedAt()).isNull();
        clock.advance(Duration.ofDays(2));
        schedule.check();

        EnforcementCase purged = work.detail(chair, id).filed();
        assertThat(purged.purgedAt()).isNotNull();
        for (String table : List.of("case_account", "case_reporter", "case_message", "case_note",
                "case_attachment")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE case_id = :c").param("c", id)
                    .query(Long.class).single()).as(table).isZero();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_decision_reasons r JOIN case_decision d ON d.id = "
                + "r.decision_id WHERE d.case_id = :c").param("c", id).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT receipt_hash FROM enforcement_case WHERE id = :c").param("c", id)
                .query(String.class).optional()).isEmpty();
        // What remains says nothing of who reported or what they wrote.
        String remains = String.join(" ", jdbc.sql("SELECT COALESCE(detail, '') FROM enforcement_event WHERE "
                + "case_id = :c").param("c", id).query(String.class).list());
        assertThat(remains).doesNotContain("Rosa").doesNotContain("festival").doesNotContain("shot.png");
        Decisions.Decision decision = work.detail(chair, id).decision().orElseThrow();
        assertThat(decision.outcome()).isEqualTo("violation");
        assertThat(decision.clauses()).containsExactly("3.1");
        assertThat(decision.members()).containsExactly(chair);
        assertThat(decision.reasons()).isNull();
        assertThat(work.detail(chair, id).sanctions()).extracting(Decisions.Sanction::kind)
                .containsExactly(SanctionKind.WARNING);
        assertThat(purged.production()).isEqualTo(production);
        assertThat(log(id)).extracting(CaseEvent::kind).contains("decided", "purged");
        assertThatThrownBy(() -> reporters.open(filed.receipt(), "198.51.100.9"))
                .isInstanceOf(EnforcementRefusal.Invalid.class);
        // An open case is never purged, however old.
        assertThat(work.detail(chair, kept).account()).isPresent();
    }

    private Decisions.Sanction sanction(UUID caseId, SanctionKind kind) {
        return work.detail(chair, caseId).sanctions().stream().filter(s -> s.kind() == kind).findFirst()
                .orElseThrow();
    }

    /** The lighthouse example certified for this test's production, Mara's likeness consented in the registry. */
    private Certificate certified() throws IOException {
        UUID mara = rows.person("adult", LocalDate.parse("1968-09-23"));
        rows.grant(mara, harbor, production, List.of("face", "voice"), List.of("synthetic-media"),
                LocalDate.parse("2026-01-01"), LocalDate.now().plusYears(1), "given");
        byte[] dossier = Files.readString(Path.of("..", "examples", "lighthouse-feature.yaml"))
                .replace("  id: lighthouse-2026\n", "  id: " + code + "\n")
                .replace("production: lighthouse-2026", "production: " + code)
                .replace("  - id: mara\n    name: Mara Lindqvist\n",
                        "  - id: mara\n    name: Mara Lindqvist\n    registryId: " + mara + "\n")
                .getBytes(StandardCharsets.UTF_8);
        Submission s = submissions.submit(new Caller.Production("harbor", harbor), production, "lighthouse.yaml",
                dossier);
        review.decide("officer-a", s.id(), ReviewDecision.Verdict.CERTIFY, "Fine.");
        return review.decide("officer-b", s.id(), ReviewDecision.Verdict.CERTIFY, "Agreed.").certificate()
                .orElseThrow();
    }
}
