package org.guildmark.app.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.guildmark.app.registry.TestDatabase;
import org.guildmark.app.security.ApiCaller;
import org.guildmark.app.security.BadApiRequest;
import org.guildmark.app.security.Role;
import org.guildmark.app.security.TokenScope;
import org.guildmark.core.consent.ConsentDecision;
import org.guildmark.core.consent.DenyReason;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.Purpose;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Consent checks against registry rows, as every database must answer them. Each subclass names one database.
 * Harbor Pictures makes "lighthouse" and "tidewater"; Northwind is another grantee.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConsentCheckContract {

    static final Instant MARCH = Instant.parse("2026-03-01T12:00:00Z");
    static final LocalDate FROM = LocalDate.parse("2026-02-01");
    static final LocalDate UNTIL = LocalDate.parse("2026-12-31");

    private TestDatabase database;
    private RegistryRows rows;
    private ConsentChecks checks;

    private UUID harbor;
    private UUID northwind;
    private UUID lighthouse;
    private String lighthouseCode;
    private UUID tidewater;
    private ApiCaller harborToken;

    abstract TestDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        rows = new RegistryRows(database.jdbc());
        checks = new ConsentChecks(new CandidateConsents(database.jdbc()));
    }

    @AfterAll
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void harborMakesTwoProductions() {
        harbor = rows.organization("Harbor Pictures");
        northwind = rows.organization("Northwind Studios");
        lighthouseCode = "lighthouse-" + UUID.randomUUID();
        lighthouse = rows.production(harbor, lighthouseCode);
        tidewater = rows.production(harbor, "tidewater-" + UUID.randomUUID());
        harborToken = new ApiCaller(null, harbor, Set.of(TokenScope.CONSENT_CHECK), UUID.randomUUID());
    }

    private UUID adultWithVoiceConsent() {
        UUID ana = rows.person("adult", LocalDate.parse("1990-05-05"));
        rows.grant(ana, harbor, lighthouse, List.of("voice", "face"), List.of("synthetic-media"), FROM, UNTIL, "given");
        return ana;
    }

    private static CheckQuery voice(UUID person, String production, Instant at) {
        return new CheckQuery(person, production, null, EnumSet.of(Aspect.VOICE), EnumSet.of(Purpose.SYNTHETIC_MEDIA),
                at, "");
    }

    private ConsentDecision one(CheckQuery query) {
        return checks.decide(List.of(query), harborToken).get(0);
    }

    private static List<String> reasons(ConsentDecision decision) {
        assertThat(decision).isInstanceOf(ConsentDecision.Deny.class);
        return ((ConsentDecision.Deny) decision).reasons().stream().map(DenyReason::code).toList();
    }

    @Test
    void a_given_grant_covering_the_use_permits_it_with_its_id() {
        UUID ana = rows.person("adult", null);
        UUID grant = rows.grant(ana, harbor, lighthouse, List.of("voice"), List.of("synthetic-media"), FROM, UNTIL,
                "given");

        assertThat(one(voice(ana, lighthouse.toString(), MARCH))).isEqualTo(new ConsentDecision.Permit(grant.toString()));
        assertThat(one(voice(ana, lighthouseCode, MARCH))).isEqualTo(new ConsentDecision.Permit(grant.toString()));
    }

    @Test
    void uncovered_aspects_purposes_and_productions_are_denied_with_their_reasons() {
        UUID ana = adultWithVoiceConsent();

        assertThat(reasons(one(new CheckQuery(ana, lighthouseCode, null, EnumSet.of(Aspect.VOICE, Aspect.BODY),
                EnumSet.of(Purpose.SYNTHETIC_MEDIA), MARCH, "")))).containsExactly("aspect-not-covered");
        assertThat(reasons(one(new CheckQuery(ana, lighthouseCode, null, EnumSet.of(Aspect.VOICE),
                EnumSet.of(Purpose.MODEL_TRAINING), MARCH, "")))).containsExactly("purpose-not-covered");
        assertThat(reasons(one(voice(ana, tidewater.toString(), MARCH)))).containsExactly("scope-mismatch");
    }

    @Test
    void the_validity_period_bounds_the_permit() {
        UUID ana = adultWithVoiceConsent();

        assertThat(reasons(one(voice(ana, lighthouseCode, Instant.parse("2026-01-31T23:59:59Z")))))
                .containsExactly("not-yet-valid");
        assertThat(one(voice(ana, lighthouseCode, Instant.parse("2026-12-31T23:59:59Z")))).isInstanceOf(
                ConsentDecision.Permit.class);
        assertThat(reasons(one(voice(ana, lighthouseCode, Instant.parse("2027-01-01T00:00:00Z")))))
                .containsExactly("expired");
    }

    @Test
    void a_withdrawal_permits_before_its_effective_instant_and_denies_from_it() {
        UUID ana = rows.person("adult", null);
        UUID grant = rows.grant(ana, harbor, lighthouse, List.of("voice"), List.of("synthetic-media"), FROM, UNTIL,
                "given");
        Instant recorded = Instant.parse("2026-04-01T09:00:00Z");
        Instant effective = Instant.parse("2026-05-01T09:00:00Z"); // after 30 days' notice
        rows.event(grant, "withdrawn", recorded, effective);

        assertThat(one(voice(ana, lighthouseCode, recorded.plusSeconds(60))))
                .isEqualTo(new ConsentDecision.Permit(grant.toString()));
        assertThat(one(voice(ana, lighthouseCode, effective.minusMillis(1))))
                .isEqualTo(new ConsentDecision.Permit(grant.toString()));
        assertThat(reasons(one(voice(ana, lighthouseCode, effective)))).containsExactly("withdrawn");
        assertThat(reasons(one(voice(ana, lighthouseCode, effective.plusSeconds(86_400))))).containsExactly("withdrawn");
    }

    @Test
    void a_revoked_grant_denies_as_revoked_and_a_renewal_permits_again() {
        UUID ana = rows.person("adult", null);
        UUID grant = rows.grant(ana, harbor, lighthouse, List.of("voice"), List.of("synthetic-media"), FROM, UNTIL,
                "given");
        rows.event(grant, "revoked", Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
        rows.event(grant, "renewed", Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-06-01T00:00:00Z"));

        assertThat(reasons(one(voice(ana, lighthouseCode, Instant.parse("2026-05-01T00:00:00Z")))))
                .containsExactly("revoked");
        assertThat(one(voice(ana, lighthouseCode, Instant.parse("2026-07-01T00:00:00Z"))))
                .isInstanceOf(ConsentDecision.Permit.class);
    }

    @Test
    void a_minors_grant_awaiting_approvals_is_pending_and_permits_once_approved_and_given() {
        UUID kit = rows.person("minor", LocalDate.parse("2015-06-01"));
        UUID grant = rows.grant(kit, harbor, lighthouse, List.of("voice"), List.of("synthetic-media"), FROM, UNTIL,
                "requested");

        assertThat(reasons(one(voice(kit, lighthouseCode, MARCH)))).containsExactly("approval-pending");

        rows.approval(grant, "Parent Guardian", "guardian", FROM);
        rows.approval(grant, "Second Reviewer", "heightened-review", FROM);
        rows.event(grant, "given", Instant.parse("2026-02-15T00:00:00Z"), Instant.parse("2026-02-15T00:00:00Z"));

        assertThat(one(voice(kit, lighthouseCode, MARCH))).isEqualTo(new ConsentDecision.Permit(grant.toString()));
        assertThat(reasons(one(voice(kit, lighthouseCode, Instant.parse("2026-02-10T00:00:00Z")))))
                .containsExactly("approval-pending");
    }

    @Test
    void a_grant_given_without_the_approvals_a_minor_needs_is_still_pending() {
        UUID kit = rows.person("adult", LocalDate.parse("2015-06-01")); // a minor by date of birth
        rows.grant(kit, harbor, lighthouse, List.of("voice"), List.of("synthetic-media"), FROM, UNTIL, "given");

        assertThat(reasons(one(voice(kit, lighthouseCode, MARCH)))).containsExactly("approval-pending");
    }

    @Test
    void another_grantees_consent_is_no_consent_and_so_is_an_unknown_person() {
        UUID ana = rows.person("adult", null);
        UUID northwindFilm = rows.production(northwind, "northwind-" + UUID.randomUUID());
        rows.grant(ana, northwind, northwindFilm, List.of("voice"), List.of("synthetic-media"), FROM, UNTIL, "given");
        rows.grant(ana, northwind, null, List.of("voice"), List.of("synthetic-media"), FROM, UNTIL, "given");

        assertThat(reasons(one(voice(ana, lighthouseCode, MARCH)))).containsExactly("no-consent");
        assertThat(reasons(one(voice(UUID.randomUUID(), lighthouseCode, MARCH)))).containsExactly("no-consent");
    }

    @Test
    void a_refused_grant_is_no_consent() {
        UUID ana = rows.person("adult", null);
        rows.grant(ana, harbor, lighthouse, List.of("voice"), List.of("synthetic-media"), FROM, UNTIL, "refused");

        assertThat(reasons(one(voice(ana, lighthouseCode, MARCH)))).containsExactly("no-consent");
    }

    @Test
    void a_general_grant_answers_a_query_that_names_only_the_grantee() {
        UUID ana = rows.person("adult", null);
        UUID grant = rows.grant(ana, harbor, null, List.of("voice"), List.of("model-training"), FROM, UNTIL, "given");
        CheckQuery training = new CheckQuery(ana, null, null, EnumSet.of(Aspect.VOICE),
                EnumSet.of(Purpose.MODEL_TRAINING), MARCH, "");

        assertThat(one(training)).isEqualTo(new ConsentDecision.Permit(grant.toString()));
    }

    @Test
    void a_token_of_one_organization_cannot_ask_about_anothers_production_or_grants() {
        UUID ana = adultWithVoiceConsent();
        ApiCaller northwindToken = new ApiCaller(null, northwind, Set.of(TokenScope.CONSENT_CHECK), UUID.randomUUID());

        assertThatThrownBy(() -> checks.decide(List.of(voice(ana, lighthouseCode, MARCH)), northwindToken))
                .isInstanceOf(ConsentChecks.NotYourGrants.class);
        assertThatThrownBy(() -> checks.decide(List.of(new CheckQuery(ana, null, harbor, EnumSet.of(Aspect.VOICE),
                EnumSet.of(Purpose.SYNTHETIC_MEDIA), MARCH, "")), northwindToken))
                .isInstanceOf(ConsentChecks.NotYourGrants.class);
        // An unknown production looks the same as another organization's.
        assertThatThrownBy(() -> checks.decide(List.of(voice(ana, "no-such-production", MARCH)), northwindToken))
                .isInstanceOf(ConsentChecks.NotYourGrants.class);
    }

    @Test
    void an_officer_may_check_any_grantee_and_learns_of_an_unknown_production() {
        UUID ana = adultWithVoiceConsent();
        ApiCaller officer = new ApiCaller(Role.OFFICER, null, Set.of(), null);

        assertThat(checks.decide(List.of(voice(ana, lighthouseCode, MARCH)), officer).get(0))
                .isInstanceOf(ConsentDecision.Permit.class);
        assertThatThrownBy(() -> checks.decide(List.of(voice(ana, "no-such-production", MARCH)), officer))
                .isInstanceOf(BadApiRequest.class)
                .extracting(e -> ((BadApiRequest) e).pointer()).isEqualTo("/production");
    }

    @Test
    void a_batch_answers_each_query_in_its_order() {
        List<UUID> people = new ArrayList<>();
        List<CheckQuery> queries = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            UUID person = i % 2 == 0 ? adultWithVoiceConsent() : rows.person("adult", null);
            people.add(person);
            queries.add(voice(person, lighthouseCode, MARCH));
        }

        List<ConsentDecision> decisions = checks.decide(queries, harborToken);

        assertThat(decisions).hasSize(50);
        for (int i = 0; i < 50; i++) {
            assertThat(decisions.get(i).permitted()).as("query %d", i).isEqualTo(i % 2 == 0);
        }
    }
}
