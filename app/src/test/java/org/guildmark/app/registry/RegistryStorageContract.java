package org.guildmark.app.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.guildmark.core.dossier.Consent.Approval;
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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry's storage, as every database it runs on must keep it. Each subclass names one database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RegistryStorageContract {

    private static final Instant NOW = Instant.parse("2026-02-01T10:15:30.123456Z");
    private static final String DOCUMENT_SHA256 =
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private TestDatabase database;
    private JdbcClient jdbc;
    private PersonRegistry people;
    private Organizations organizations;
    private ConsentGrants grants;

    private UUID harbor;
    private UUID lighthouse;

    abstract TestDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        jdbc = database.jdbc();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        people = new PersonRegistry(jdbc, database.transactions(), clock);
        organizations = new Organizations(jdbc, clock);
        grants = new ConsentGrants(jdbc, database.transactions(), clock);
    }

    @AfterAll
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void harborPicturesMakesTheLighthouseKeeper() {
        harbor = organizations.register("Harbor Pictures");
        lighthouse = organizations.registerProduction(
                harbor, "lighthouse-" + UUID.randomUUID(), "The Lighthouse Keeper", ProductionType.FEATURE);
    }

    @Test
    void a_minor_is_registered_with_their_guardian_and_reads_back_whole() {
        RegisteredPerson mia = people.register("Mia Ruiz", PersonCategory.MINOR, LocalDate.of(2014, 6, 3), null,
                List.of(new Representative("Luis Ruiz", RepresentativeRelation.GUARDIAN),
                        new Representative("Harbor Talent", RepresentativeRelation.AGENT)));

        assertThat(people.find(mia.id())).contains(mia);
    }

    @Test
    void a_deceased_performer_keeps_both_dates_and_their_estate() {
        RegisteredPerson hal = people.register("Hal Moreno", PersonCategory.DECEASED, LocalDate.of(1931, 1, 9),
                LocalDate.of(2019, 11, 30), List.of(new Representative("Moreno Estate", RepresentativeRelation.ESTATE)));

        assertThat(people.find(hal.id())).contains(hal);
    }

    @Test
    void someone_never_registered_is_not_found() {
        assertThat(people.find(UUID.randomUUID())).isEmpty();
        assertThat(grants.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void a_grant_reads_back_with_every_term_and_its_first_event() {
        RegisteredPerson ana = adult("Ana Ruiz");
        GrantTerms terms = replicaFor(ana.id(), List.of(
                new Approval("Luis Ruiz", ApprovalRelation.GUARDIAN, LocalDate.of(2026, 1, 30)),
                new Approval("Guild reviewer", ApprovalRelation.HEIGHTENED_REVIEW, LocalDate.of(2026, 1, 31))));
        ConsentEvent given = ConsentEvent.at(ConsentStatus.GIVEN, NOW, "Ana Ruiz", "signed with the officer present");

        ConsentGrant recorded = grants.record(terms, given);

        assertThat(recorded.terms()).isEqualTo(terms);
        assertThat(recorded.status()).isEqualTo(ConsentStatus.GIVEN);
        assertThat(recorded.history()).containsExactly(given);
        assertThat(grants.find(recorded.id())).contains(recorded);
    }

    @Test
    void a_general_model_training_grant_keeps_the_models_it_is_limited_to_and_its_missing_terms() {
        RegisteredPerson ana = adult("Ana Ruiz");
        GrantTerms terms = new GrantTerms(ana.id(), harbor, "Ana Ruiz", null, Set.of(Aspect.VOICE),
                Set.of(Purpose.MODEL_TRAINING), GrantScope.general(List.of("voicegen-2", "voicegen-3")),
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), null, null, null, null,
                new Evidence(DOCUMENT_SHA256, "Officer Kim", "es"), List.of());

        ConsentGrant recorded = grants.record(terms, ConsentEvent.at(ConsentStatus.REQUESTED, NOW, "Harbor", null));

        assertThat(grants.find(recorded.id()).orElseThrow().terms()).isEqualTo(terms);
    }

    @Test
    void a_withdrawal_is_appended_and_every_earlier_event_stays_in_the_history() {
        ConsentEvent given = ConsentEvent.at(ConsentStatus.GIVEN, NOW, "Ana Ruiz", null);
        ConsentGrant grant = grants.record(replicaFor(adult("Ana Ruiz").id(), List.of()), given);
        Instant asked = NOW.plusSeconds(86_400);
        ConsentEvent withdrawn = new ConsentEvent(ConsentStatus.WITHDRAWN, asked, asked.plusSeconds(30 * 86_400L),
                "Ana Ruiz", "no longer wishes her voice to be synthesized");

        ConsentGrant after = grants.append(grant.id(), withdrawn);

        assertThat(after.status()).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(after.history()).containsExactly(given, withdrawn);
        assertThat(after.terms()).isEqualTo(grant.terms());
    }

    @Test
    void every_status_of_the_lifecycle_can_be_recorded() {
        ConsentGrant grant = grants.record(replicaFor(adult("Ana Ruiz").id(), List.of()),
                ConsentEvent.at(ConsentStatus.REQUESTED, NOW, "Harbor", null));

        for (ConsentStatus status : ConsentStatus.values()) {
            grant = grants.append(grant.id(), ConsentEvent.at(status, NOW, "Guild officer", null));
        }

        assertThat(grant.history()).extracting(ConsentEvent::status)
                .startsWith(ConsentStatus.REQUESTED)
                .endsWith(ConsentStatus.values());
    }

    @Test
    void a_grant_for_someone_not_in_the_registry_is_refused_and_nothing_of_it_is_stored() {
        long before = grantRows();

        assertThatThrownBy(() -> grants.record(replicaFor(UUID.randomUUID(), List.of()),
                ConsentEvent.at(ConsentStatus.GIVEN, NOW, "nobody", null)))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(grantRows()).isEqualTo(before);
    }

    @Test
    void the_schema_refuses_words_outside_the_vocabularies_and_a_grant_ending_before_it_starts() {
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO person (id, name, category, created_at) VALUES (:id, 'X', 'child', CURRENT_TIMESTAMP)""")
                .param("id", UUID.randomUUID()).update())
                .isInstanceOf(DataIntegrityViolationException.class);

        ConsentGrant grant = grants.record(replicaFor(adult("Ana Ruiz").id(), List.of()),
                ConsentEvent.at(ConsentStatus.GIVEN, NOW, "Ana Ruiz", null));
        assertThatThrownBy(() -> jdbc.sql("UPDATE consent_grant SET status = 'paused' WHERE id = :id")
                .param("id", grant.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE consent_grant SET valid_until = DATE '2020-01-01' WHERE id = :id")
                .param("id", grant.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private RegisteredPerson adult(String name) {
        return people.register(name, PersonCategory.ADULT, LocalDate.of(1990, 2, 11), null, List.of());
    }

    private GrantTerms replicaFor(UUID person, List<Approval> approvals) {
        return new GrantTerms(person, harbor, "Ana Ruiz", LocalDate.of(2026, 2, 1),
                EnumSet.allOf(Aspect.class), EnumSet.allOf(Purpose.class), GrantScope.production(lighthouse),
                LocalDate.of(2026, 2, 1), LocalDate.of(2027, 2, 1),
                new Compensation(Money.of("25000.00", "USD"), CompensationBasis.FLAT),
                new Revocation("rights@harbor.example", 30),
                new Deletion("Delete the voice model and derived takes", 30),
                new Informed("consents/ana-2026.pdf", "en"),
                new Evidence(DOCUMENT_SHA256, "Officer Kim", "en"),
                approvals);
    }

    private long grantRows() {
        return jdbc.sql("SELECT count(*) FROM consent_grant").query(Long.class).single();
    }

    @Test
    void a_representative_added_later_comes_after_the_others_and_lists_read_a_page() {
        RegisteredPerson elin = people.register("Elin Sand " + UUID.randomUUID(), PersonCategory.MINOR,
                LocalDate.of(2015, 4, 30), null, List.of(new Representative("Karin Sand",
                        RepresentativeRelation.GUARDIAN)));
        RegisteredPerson after = people.addRepresentative(elin.id(),
                new Representative("Jon Berg", RepresentativeRelation.AGENT)).orElseThrow();
        assertThat(after.representatives()).extracting(Representative::name).containsExactly("Karin Sand", "Jon Berg");
        assertThat(people.find(elin.id()).orElseThrow().representatives()).hasSize(2);
        assertThat(people.addRepresentative(UUID.randomUUID(),
                new Representative("Nobody", RepresentativeRelation.AGENT))).isEmpty();

        assertThat(people.list(1000, 0)).extracting(RegisteredPerson::id).contains(elin.id());
        assertThat(people.list(1, 0)).hasSize(1);
        assertThat(organizations.list(1000, 0)).extracting(Organizations.Listed::id).contains(harbor);
        assertThat(organizations.productions(harbor, 10, 0)).singleElement()
                .satisfies(p -> assertThat(p.type()).isEqualTo(ProductionType.FEATURE));
        assertThat(organizations.productions(harbor, 10, 1)).isEmpty();
        String code = organizations.productions(harbor, 10, 0).get(0).code();
        assertThat(organizations.productionCodeTaken(code)).isTrue();
        assertThat(organizations.productionCodeTaken(code + "-other")).isFalse();
    }
}
