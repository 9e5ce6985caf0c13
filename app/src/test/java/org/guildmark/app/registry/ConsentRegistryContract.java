package org.guildmark.app.registry;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.OctetKeyPair;
import org.guildmark.app.keys.GuildKeys;
import org.guildmark.app.registry.RegistryRefusal.Conflict;
import org.guildmark.app.registry.RegistryRefusal.IllegalTransition;
import org.guildmark.app.registry.RegistryRefusal.InvalidInput;
import org.guildmark.app.registry.RegistryRefusal.NotFound;
import org.guildmark.app.registry.RegistryRefusal.NotPermitted;
import org.guildmark.app.security.MutableClock;
import org.guildmark.core.dossier.Consent.Compensation;
import org.guildmark.core.dossier.Consent.Deletion;
import org.guildmark.core.dossier.Consent.Informed;
import org.guildmark.core.dossier.Consent.Revocation;
import org.guildmark.core.dossier.Enums.ApprovalRelation;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.CompensationBasis;
import org.guildmark.core.dossier.Enums.PersonCategory;
import org.guildmark.core.dossier.Enums.ProductionType;
import org.guildmark.core.dossier.Enums.Purpose;
import org.guildmark.core.dossier.Enums.RepresentativeRelation;
import org.guildmark.core.dossier.Money;
import org.guildmark.core.dossier.Person.Representative;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registry's service as the Code and the design describe it, on each database it runs on: the lifecycle,
 * clause 3.4's approvals, withdrawal with notice, deletion obligations and receipts. Each subclass names one
 * database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConsentRegistryContract {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
    private static final String DOCUMENT = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @TempDir
    Path dataDir;

    private TestDatabase database;
    private JdbcClient jdbc;
    private MutableClock clock;
    private PersonRegistry people;
    private Organizations organizations;
    private ConsentGrants grants;
    private GrantUses uses;
    private GuildKeys keys;
    private ConsentRegistry registry;
    private final List<Object> published = new ArrayList<>();

    private UUID harbor;
    private UUID lighthouse;
    private Caller.Production harborAccount;
    private final Caller.Guild officer = new Caller.Guild("officer-kim");

    abstract TestDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        jdbc = database.jdbc();
        clock = new MutableClock(START);
        people = new PersonRegistry(jdbc, database.transactions(), clock);
        organizations = new Organizations(jdbc, clock);
        grants = new ConsentGrants(jdbc, database.transactions(), clock);
        uses = new GrantUses(jdbc);
        keys = GuildKeys.on(jdbc, clock, "contract passphrase", dataDir);
        registry = new ConsentRegistry(grants, people, organizations, uses, new DeletionObligations(jdbc),
                new ConsentReceipts(jdbc), new ReceiptIssuer(keys, organizations, clock), published::add,
                database.transactions(), clock);
    }

    @AfterAll
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void harborPicturesMakesTheLighthouseKeeper() {
        clock.set(START);
        published.clear();
        harbor = organizations.register("Harbor Pictures");
        lighthouse = organizations.registerProduction(harbor, "lighthouse-" + UUID.randomUUID(),
                "The Lighthouse Keeper", ProductionType.FEATURE);
        harborAccount = new Caller.Production("harbor-rights", harbor);
    }

    // ----- giving and approving (clause 3.2, 3.4)

    @Test
    void an_adults_grant_given_by_the_performer_takes_effect_at_once_with_a_signed_receipt() throws Exception {
        Caller.Performer ana = performer("Ana Ruiz", PersonCategory.ADULT, LocalDate.of(1990, 2, 11));

        ConsentGrant grant = registry.create(ana, replica(ana.person(), 30));

        assertThat(grant.status()).isEqualTo(ConsentStatus.GIVEN);
        assertThat(grant.terms().grantedBy()).isEqualTo("Ana Ruiz");
        assertThat(grant.terms().givenOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(registry.receipts(ana, grant.id())).singleElement().satisfies(receipt -> {
            JWSObject jws = JWSObject.parse(receipt.jws());
            OctetKeyPair key = (OctetKeyPair) keys.publicKeys().getKeyByKeyId(jws.getHeader().getKeyID());
            assertThat(jws.verify(new Ed25519Verifier(key))).isTrue();
            assertThat(jws.getPayload().toJSONObject())
                    .containsEntry("record_id", "urn:uuid:" + grant.id())
                    .containsEntry("pii_principal_id", "urn:guildmark:person:" + ana.person())
                    .containsEntry("event_state", "given")
                    .containsEntry("validity_duration", "P366D");
        });
    }

    @Test
    void a_minors_consent_without_a_guardians_approval_stays_requested() {
        Caller.Performer mia = performer("Mia Ruiz", PersonCategory.MINOR, LocalDate.of(2014, 6, 3));

        ConsentGrant grant = registry.create(mia, replica(mia.person(), 0));

        assertThat(grant.status()).isEqualTo(ConsentStatus.REQUESTED);
        assertThat(registry.pendingApprovals(grant))
                .containsExactly(ApprovalRelation.GUARDIAN, ApprovalRelation.HEIGHTENED_REVIEW);
        assertThat(grant.statusAt(START.plusSeconds(3600)).map(ConsentStatus::permitsUse)).contains(false);
    }

    @Test
    void a_minors_grant_from_the_guardian_takes_effect_only_after_a_second_reviewers_heightened_review() {
        RegisteredPerson mia = people.register("Mia Ruiz", PersonCategory.MINOR, LocalDate.of(2014, 6, 3), null,
                List.of(new Representative("Luis Ruiz", RepresentativeRelation.GUARDIAN)));
        Caller.Representative luis = representative(mia, "Luis Ruiz", RepresentativeRelation.GUARDIAN);

        ConsentGrant requested = registry.create(luis, replica(mia.id(), 0));
        assertThat(requested.status()).isEqualTo(ConsentStatus.REQUESTED);
        assertThat(registry.pendingApprovals(requested)).containsExactly(ApprovalRelation.HEIGHTENED_REVIEW);

        ConsentGrant given = registry.approve(officer, requested.id(), ApprovalRelation.HEIGHTENED_REVIEW);

        assertThat(given.status()).isEqualTo(ConsentStatus.GIVEN);
        assertThat(given.terms().approvals()).extracting(a -> a.by() + ":" + a.relation())
                .containsExactly("Luis Ruiz:GUARDIAN", "officer-kim:HEIGHTENED_REVIEW");
        assertThat(given.history()).extracting(ConsentEvent::status)
                .containsExactly(ConsentStatus.REQUESTED, ConsentStatus.GIVEN);
        assertThat(registry.receipts(luis, given.id())).hasSize(2);
    }

    @Test
    void the_heightened_review_is_refused_from_the_person_who_approved_as_guardian() {
        RegisteredPerson mia = people.register("Mia Ruiz", PersonCategory.MINOR, LocalDate.of(2014, 6, 3), null,
                List.of(new Representative("Luis Ruiz", RepresentativeRelation.GUARDIAN)));
        ConsentGrant requested = registry.create(
                representative(mia, "Luis Ruiz", RepresentativeRelation.GUARDIAN), replica(mia.id(), 0));

        assertThatThrownBy(() -> registry.approve(new Caller.Guild("Luis Ruiz"), requested.id(),
                ApprovalRelation.HEIGHTENED_REVIEW))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("second person");

        ConsentGrant after = grants.find(requested.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(ConsentStatus.REQUESTED);
        assertThat(after.terms().approvals()).hasSize(1);
    }

    @Test
    void a_deceased_performers_grant_needs_the_estate_and_an_agent_cannot_stand_in() {
        RegisteredPerson hal = people.register("Hal Moreno", PersonCategory.DECEASED, LocalDate.of(1931, 1, 9),
                LocalDate.of(2019, 11, 30), List.of(new Representative("Moreno Estate", RepresentativeRelation.ESTATE),
                        new Representative("Harbor Talent", RepresentativeRelation.AGENT)));
        ConsentGrant byAgent = registry.create(representative(hal, "Harbor Talent", RepresentativeRelation.AGENT),
                replica(hal.id(), 0));
        assertThat(registry.approve(officer, byAgent.id(), ApprovalRelation.HEIGHTENED_REVIEW).status())
                .isEqualTo(ConsentStatus.REQUESTED);

        ConsentGrant byEstate = registry.approve(
                representative(hal, "Moreno Estate", RepresentativeRelation.ESTATE), byAgent.id(),
                ApprovalRelation.ESTATE);

        assertThat(byEstate.status()).isEqualTo(ConsentStatus.GIVEN);
        assertThatThrownBy(() -> registry.approve(
                representative(hal, "Harbor Talent", RepresentativeRelation.AGENT), byAgent.id(),
                ApprovalRelation.ESTATE))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void a_vulnerable_adults_grant_is_approved_by_their_conservator_and_reviewed() {
        RegisteredPerson rosa = people.register("Rosa Lind", PersonCategory.VULNERABLE, LocalDate.of(1970, 4, 2),
                null, List.of(new Representative("Ines Lind", RepresentativeRelation.CONSERVATOR)));
        ConsentGrant grant = registry.create(representative(rosa, "Ines Lind", RepresentativeRelation.CONSERVATOR),
                replica(rosa.id(), 0));
        assertThat(grant.status()).isEqualTo(ConsentStatus.REQUESTED);

        assertThat(registry.approve(officer, grant.id(), ApprovalRelation.HEIGHTENED_REVIEW).status())
                .isEqualTo(ConsentStatus.GIVEN);
    }

    @Test
    void a_productions_request_stays_requested_until_the_person_gives_it() {
        Caller.Performer ana = performer("Ana Ruiz", PersonCategory.ADULT, LocalDate.of(1990, 2, 11));
        ConsentGrant requested = registry.create(harborAccount, replica(ana.person(), 0));
        assertThat(requested.status()).isEqualTo(ConsentStatus.REQUESTED);
        assertThat(requested.terms().givenOn()).isNull();

        ConsentGrant given = registry.give(ana, requested.id());

        assertThat(given.status()).isEqualTo(ConsentStatus.GIVEN);
        assertThat(given.terms().givenOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThatThrownBy(() -> registry.create(new Caller.Production("other", organizations.register("Other")),
                replica(ana.person(), 0)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_final_status_never_changes_and_the_refusal_says_what_to_do() {
        Caller.Performer ana = performer("Ana Ruiz", PersonCategory.ADULT, LocalDate.of(1990, 2, 11));
        ConsentGrant requested = registry.create(harborAccount, replica(ana.person(), 0));
        registry.refuse(ana, requested.id(), "not for this production");

        assertThatThrownBy(() -> registry.give(ana, requested.id()))
                .isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("refused is final");
        assertThatThrownBy(() -> registry.withdraw(ana, requested.id(), null, null))
                .isInstanceOf(IllegalTransition.class);
        assertThat(grants.find(requested.id()).orElseThrow().history()).extracting(ConsentEvent::status)
                .containsExactly(ConsentStatus.REQUESTED, ConsentStatus.REFUSED);
    }

    // ----- withdrawal and deletion (design "Revocation and deletion")

    @Test
    void a_withdrawal_takes_effect_only_after_the_grants_notice_period() {
        Caller.Performer ana = performer("Ana Ruiz", PersonCategory.ADULT, LocalDate.of(1990, 2, 11));
        ConsentGrant grant = registry.create(ana, replica(ana.person(), 30));

        ConsentGrant withdrawn = registry.withdraw(ana, grant.id(), START.plus(Duration.ofDays(2)), "changed my mind");

        ConsentEvent last = withdrawn.history().get(withdrawn.history().size() - 1);
        assertThat(last.effectiveAt()).isEqualTo(START.plus(Duration.ofDays(30)));
        assertThat(withdrawn.statusAt(START.plus(Duration.ofDays(29)))).contains(ConsentStatus.GIVEN);
        assertThat(withdrawn.statusAt(START.plus(Duration.ofDays(30)))).contains(ConsentStatus.WITHDRAWN);
    }

    @Test
    void a_withdrawal_takes_effect_at_the_stated_later_instant_and_never_in_the_past() {
        Caller.Performer ana = performer("Ana Ruiz", PersonCategory.ADULT, LocalDate.of(1990, 2, 11));
        ConsentGrant grant = registry.create(ana, replica(ana.person(), 0));

        assertThatThrownBy(() -> registry.withdraw(ana, grant.id(), START.minus(Duration.ofDays(1)), null))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("past");
        ConsentGrant withdrawn = registry.withdraw(ana, grant.id(), START.plus(Duration.ofDays(5)), null);

        assertThat(withdrawn.history().get(1).effectiveAt()).isEqualTo(START.plus(Duration.ofDays(5)));
    }

    @Test
    void a_withdrawal_obliges_every_production_and_model_that_used_the_grant_to_delete_by_the_due_date() {
        Caller.Performer ana = performer("Ana Ruiz", PersonCategory.ADULT, LocalDate.of(1990, 2, 11));
        ConsentGrant grant = registry.create(ana, training(ana.person(), List.of()));
        clock.advance(Duration.ofDays(1));
        registry.recordUse(harborAccount, grant.id(), new NewUse(lighthouse, null, "voicegen-2", null));
        registry.recordUse(harborAccount, grant.id(), new NewUse(lighthouse, null, "voicegen-2", null));
        registry.recordUse(harborAccount, grant.id(), new NewUse(null, null, "voicegen-3", null));

        registry.withdraw(ana, grant.id(), null, null);

        List<DeletionObligation> obligations = registry.obligationsOf(ana, grant.id());
        assertThat(obligations).extracting(DeletionObligation::model).containsExactlyInAnyOrder("voicegen-2", "voicegen-3");
        assertThat(obligations).allSatisfy(o -> {
            assertThat(o.dueAt()).isEqualTo(clock.instant().plus(Duration.ofDays(14)));
            assertThat(o.method()).isEqualTo("Retrain without the voice");
            assertThat(o.organization()).isEqualTo(harbor);
        });
        assertThat(published).singleElement().isInstanceOfSatisfying(ConsentWithdrawn.class, event -> {
            assertThat(event.status()).isEqualTo(ConsentStatus.WITHDRAWN);
            assertThat(event.obligations()).hasSize(2);
        });
    }

    @Test
    void an_obligation_still_open_after_its_due_date_is_overdue_and_escalated_once() {
        Caller.Performer ana = performer("Ana Ruiz", PersonCategory.ADULT, LocalDate.of(1990, 2, 11));
        ConsentGrant grant = registry.create(ana, replica(ana.person(), 0));
        registry.recordUse(harborAccount, grant.id(), new NewUse(lighthouse, "sc18-sh070", null, null));
        registry.withdraw(ana, grant.id(), null, null);
        DeletionObligation obligation = registry.obligationsOf(ana, grant.id()).get(0);
        published.clear();

        clock.advance(Duration.ofDays(30));
        assertThat(registry.overdueObligations()).extracting(DeletionObligation::id).doesNotContain(obligation.id());
        clock.advance(Duration.ofSeconds(1));

        assertThat(registry.overdueObligations()).extracting(DeletionObligation::id).contains(obligation.id());
        assertThat(obligation.stateAt(clock.instant())).isEqualTo(DeletionObligation.State.OVERDUE);
        assertThat(registry.escalateOverdue()).extracting(DeletionObligation::id).contains(obligation.id());
        assertThat(registry.escalateOverdue()).extracting(DeletionObligation::id).doesNotContain(obligation.id());
        assertThat(published).filteredOn(DeletionObligationOverdue.class::isInstance)
                .extracting(event -> ((DeletionObligationOverdue) event).obligation())
                .containsOnlyOnce(obligation.id());
    }

    @Test
    void a_confirmed_deletion_is_not_overdue_and_is_confirmed_only_once() {
        Caller.Performer ana = performer("Ana Ruiz", PersonCategory.ADULT, LocalDate.of(1990, 2, 11));
        ConsentGrant grant = registry.create(ana, replica(ana.person(), 0));
        registry.recordUse(harborAccount, grant.id(), new NewUse(lighthouse, "sc18-sh070", null, null));
        registry.revoke(officer, grant.id(), "finding 2026-14");
        DeletionObligation obligation = registry.obligations(harborAccount).stream()
                .filter(o -> o.grant().equals(grant.id())).findFirst().orElseThrow();

        DeletionObligation confirmed = registry.confirmDeletion(harborAccount, obligation.id(), DOCUMENT,
                "Voice model and takes deleted; storage audit log attached");
        clock.advance(Duration.ofDays(90));

        assertThat(confirmed.stateAt(clock.instant())).isEqualTo(DeletionObligation.State.CONFIRMED);
        assertThat(registry.overdueObligations()).extracting(DeletionObligation::id).doesNotContain(obligation.id());
        assertThatThrownBy(() -> registry.confirmDeletion(harborAccount, obligation.id(), DOCUMENT, "again"))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> registry.confirmDeletion(new Caller.Production("x", organizations.register("X")),
                obligation.id(), DOCUMENT, "not ours"))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void a_use_the_grant_did_not_permit_is_refused_and_not_recorded() {
        Caller.Performer ana = performer("Ana Ruiz", PersonCategory.ADULT, LocalDate.of(1990, 2, 11));
        ConsentGrant grant = registry.create(ana, replica(ana.person(), 0));
        registry.withdraw(ana, grant.id(), START.plus(Duration.ofDays(3)), null);
        clock.advance(Duration.ofDays(10));

        assertThatThrownBy(() -> registry.recordUse(harborAccount, grant.id(),
                new NewUse(lighthouse, "sc18-sh090", null, START.plus(Duration.ofDays(4)))))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("did not permit");
        assertThat(uses.of(grant.id())).isEmpty();

        // Made before the withdrawal took effect, reported after: recorded, and it must be deleted too.
        registry.recordUse(harborAccount, grant.id(),
                new NewUse(lighthouse, "sc18-sh080", null, START.plus(Duration.ofDays(2))));
        assertThat(registry.obligationsOf(ana, grant.id())).hasSize(1);
    }

    @Test
    void a_grant_is_not_found_by_anyone_who_may_not_see_it() {
        Caller.Performer ana = performer("Ana Ruiz", PersonCategory.ADULT, LocalDate.of(1990, 2, 11));
        Caller.Performer ben = performer("Ben Ortiz", PersonCategory.ADULT, LocalDate.of(1988, 7, 1));
        ConsentGrant grant = registry.create(ana, replica(ana.person(), 0));
        Caller.Production elsewhere = new Caller.Production("elsewhere", organizations.register("Elsewhere"));

        assertThatThrownBy(() -> registry.grant(ben, grant.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> registry.grant(elsewhere, grant.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> registry.withdraw(ben, grant.id(), null, null)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> registry.grant(new Caller.Outsider("researcher"), grant.id()))
                .isInstanceOf(NotFound.class);
        assertThat(registry.grant(harborAccount, grant.id()).id()).isEqualTo(grant.id());
        assertThat(registry.grant(officer, grant.id()).id()).isEqualTo(grant.id());
        assertThat(registry.grants(ben, 100, 0)).extracting(ConsentGrant::id).doesNotContain(grant.id());
        assertThatThrownBy(() -> registry.receipts(harborAccount, grant.id())).isInstanceOf(NotPermitted.class);
    }

    @Test
    void only_the_guild_revokes_and_a_revocation_takes_effect_at_once() {
        Caller.Performer ana = performer("Ana Ruiz", PersonCategory.ADULT, LocalDate.of(1990, 2, 11));
        ConsentGrant grant = registry.create(ana, replica(ana.person(), 30));

        assertThatThrownBy(() -> registry.revoke(ana, grant.id(), "x")).isInstanceOf(NotPermitted.class);
        ConsentGrant revoked = registry.revoke(officer, grant.id(), "finding 2026-14");

        assertThat(revoked.status()).isEqualTo(ConsentStatus.REVOKED);
        assertThat(revoked.statusAt(clock.instant())).contains(ConsentStatus.REVOKED);
        assertThat(registry.receipts(ana, grant.id())).extracting(ConsentReceipt::status)
                .containsExactly(ConsentStatus.GIVEN, ConsentStatus.REVOKED);
    }

    @Test
    void a_grant_past_its_last_valid_day_expires() {
        Caller.Performer ana = performer("Ana Ruiz", PersonCategory.ADULT, LocalDate.of(1990, 2, 11));
        ConsentGrant grant = registry.create(ana, replica(ana.person(), 0));
        clock.set(Instant.parse("2027-03-02T00:00:00Z"));

        assertThat(registry.expireLapsed()).isGreaterThanOrEqualTo(1);

        ConsentGrant expired = grants.find(grant.id()).orElseThrow();
        assertThat(expired.status()).isEqualTo(ConsentStatus.EXPIRED);
        assertThat(expired.history().get(1).effectiveAt()).isEqualTo(Instant.parse("2027-03-02T00:00:00Z"));
    }

    @Test
    void renewal_keeps_the_grant_in_force_and_is_recorded_with_its_receipt() {
        Caller.Performer ana = performer("Ana Ruiz", PersonCategory.ADULT, LocalDate.of(1990, 2, 11));
        ConsentGrant grant = registry.create(ana, replica(ana.person(), 0));

        ConsentGrant renewed = registry.renew(ana, grant.id(), "season two");

        assertThat(renewed.status()).isEqualTo(ConsentStatus.RENEWED);
        assertThat(renewed.status().permitsUse()).isTrue();
        assertThat(registry.receipts(ana, grant.id())).hasSize(2);
    }

    @Test
    void a_representative_account_is_bound_to_the_people_it_acts_for() {
        RegisteredPerson mia = people.register("Mia Ruiz", PersonCategory.MINOR, LocalDate.of(2014, 6, 3), null,
                List.of(new Representative("Luis Ruiz", RepresentativeRelation.GUARDIAN)));
        UUID account = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO account (id, username, password_hash, role, enabled, created_at)
                VALUES (:id, :username, '{noop}x', 'representative', TRUE, CURRENT_TIMESTAMP)""")
                .param("id", account).param("username", "luis-" + account).update();
        RepresentedPeople represented = new RepresentedPeople(jdbc);

        represented.bind(account, mia.id(), "Luis Ruiz");

        assertThat(represented.of(account))
                .containsExactly(new Representation(mia.id(), "Luis Ruiz", RepresentativeRelation.GUARDIAN));
        assertThatThrownBy(() -> represented.bind(account, mia.id(), "Someone Else"))
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void a_change_that_fails_halfway_leaves_nothing_behind() {
        Caller.Performer ana = performer("Ana Ruiz", PersonCategory.ADULT, LocalDate.of(1990, 2, 11));
        ConsentGrant grant = registry.create(ana, replica(ana.person(), 0));
        ReceiptIssuer failing = new ReceiptIssuer(keys, organizations, clock) {
            @Override
            public ConsentReceipt issue(ConsentGrant any, int ordinal) {
                throw new IllegalStateException("the signing service went away");
            }
        };
        ConsentRegistry broken = new ConsentRegistry(grants, people, organizations, uses,
                new DeletionObligations(jdbc), new ConsentReceipts(jdbc), failing, published::add,
                database.transactions(), clock);
        long grantsBefore = count("consent_grant");

        assertThatThrownBy(() -> broken.create(ana, replica(ana.person(), 0))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> broken.withdraw(ana, grant.id(), null, null)).isInstanceOf(IllegalStateException.class);

        assertThat(count("consent_grant")).isEqualTo(grantsBefore);
        ConsentGrant after = grants.find(grant.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(ConsentStatus.GIVEN);
        assertThat(after.history()).hasSize(1);
        assertThat(registry.receipts(ana, grant.id())).hasSize(1);
    }

    // ----- helpers

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private Caller.Performer performer(String name, PersonCategory category, LocalDate born) {
        RegisteredPerson person = people.register(name, category, born, null, List.of());
        return new Caller.Performer(name.toLowerCase().replace(' ', '-'), person.id(), name);
    }

    private static Caller.Representative representative(RegisteredPerson person, String name,
            RepresentativeRelation relation) {
        return new Caller.Representative(name.toLowerCase().replace(' ', '-'),
                List.of(new Representation(person.id(), name, relation)));
    }

    private NewGrant replica(UUID person, int noticeDays) {
        return new NewGrant(person, harbor, EnumSet.of(Aspect.FACE, Aspect.VOICE), Set.of(Purpose.SYNTHETIC_MEDIA),
                GrantScope.production(lighthouse), LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1),
                new Compensation(Money.of("25000.00", "USD"), CompensationBasis.FLAT),
                new Revocation("rights@harbor.example", noticeDays),
                new Deletion("Delete the voice model and derived takes", 30),
                new Informed("consents/ana-2026.pdf", "en"),
                new Evidence(DOCUMENT, "Officer Kim", "en"));
    }

    private NewGrant training(UUID person, List<String> models) {
        return new NewGrant(person, harbor, EnumSet.of(Aspect.VOICE), Set.of(Purpose.MODEL_TRAINING),
                GrantScope.general(models), LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1), null,
                new Revocation("rights@harbor.example", 0), new Deletion("Retrain without the voice", 14), null,
                new Evidence(DOCUMENT, "Officer Kim", "en"));
    }
}
