package org.guildmark.app.labor;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.registry.Caller;
import org.guildmark.app.registry.ConsentEvent;
import org.guildmark.app.registry.ConsentGrant;
import org.guildmark.app.registry.ConsentGrants;
import org.guildmark.app.registry.ConsentStatus;
import org.guildmark.app.registry.Evidence;
import org.guildmark.app.registry.GrantScope;
import org.guildmark.app.registry.GrantTerms;
import org.guildmark.app.registry.Organizations;
import org.guildmark.app.registry.PersonRegistry;
import org.guildmark.app.registry.RegisteredPerson;
import org.guildmark.app.security.Accounts;
import org.guildmark.app.security.Role;
import org.guildmark.core.dossier.Consent.Compensation;
import org.guildmark.core.dossier.Consent.Deletion;
import org.guildmark.core.dossier.Consent.Informed;
import org.guildmark.core.dossier.Consent.Revocation;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.CompensationBasis;
import org.guildmark.core.dossier.Enums.PersonCategory;
import org.guildmark.core.dossier.Enums.Purpose;
import org.guildmark.core.dossier.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Training-use compensation: model-training grants read from the registry as each caller may see them, payments
 * recorded by the grantee, totals per person and per organization. Each subclass names one database.
 */
@SpringBootTest(classes = GuildmarkApplication.class)
@AutoConfigureMockMvc
abstract class TrainingCompensationContract {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "training compensation passphrase");
    }

    @Autowired
    TrainingCompensation compensation;
    @Autowired
    ConsentGrants grants;
    @Autowired
    PersonRegistry people;
    @Autowired
    Organizations organizations;
    @Autowired
    Accounts accounts;
    @Autowired
    MockMvc mvc;

    private UUID studio;
    private RegisteredPerson voice;
    private ConsentGrant flat;
    private ConsentGrant royalty;
    private Caller.Production studioAccount;

    @BeforeEach
    void grants() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        studio = organizations.register("Studio " + suffix);
        UUID production = organizations.registerProduction(studio, "p-" + suffix, "P " + suffix,
                org.guildmark.core.dossier.Enums.ProductionType.FEATURE);
        voice = people.register("Voice " + suffix, PersonCategory.ADULT, LocalDate.of(1980, 1, 1), null, List.of());
        flat = grant(voice, production, EnumSet.of(Purpose.MODEL_TRAINING), "3000.00", CompensationBasis.FLAT);
        royalty = grant(voice, production, EnumSet.of(Purpose.MODEL_TRAINING, Purpose.SYNTHETIC_MEDIA), "2.5",
                CompensationBasis.ROYALTY);
        grant(voice, production, EnumSet.of(Purpose.SYNTHETIC_MEDIA), "900.00", CompensationBasis.FLAT);
        studioAccount = new Caller.Production("studio", studio);
    }

    private ConsentGrant grant(RegisteredPerson person, UUID production, EnumSet<Purpose> purposes, String fee,
            CompensationBasis basis) {
        GrantTerms terms = new GrantTerms(person.id(), studio, person.name(), LocalDate.of(2026, 1, 5),
                EnumSet.of(Aspect.VOICE), purposes, GrantScope.production(production), LocalDate.of(2026, 1, 5),
                LocalDate.of(2027, 1, 4), new Compensation(new Money(new BigDecimal(fee), "USD"), basis),
                new Revocation("consent@studio.example", 30), new Deletion("delete the model's training data", 30),
                new Informed("https://studio.example/consent", "en"),
                new Evidence("a".repeat(64), "Rosa Delgado", "en"), List.of());
        return grants.record(terms, ConsentEvent.at(ConsentStatus.GIVEN, Instant.parse("2026-01-05T10:00:00Z"),
                person.name(), null));
    }

    @Test
    void the_report_holds_only_model_training_grants_with_what_was_agreed_and_paid() {
        compensation.recordPayment(studioAccount, flat.id().toString(), "2026-02-01", "1000.00", "usd", "inv-1");
        compensation.recordPayment(studioAccount, flat.id().toString(), "2026-03-01", "500.00", "USD", null);
        compensation.recordPayment(studioAccount, royalty.id().toString(), "2026-04-01", "12.34", "USD", null);

        TrainingCompensation.Report report = compensation.report(studioAccount);

        assertThat(report.lines()).hasSize(2);
        TrainingCompensation.GrantLine f = report.lines().stream().filter(l -> l.grant().equals(flat.id()))
                .findFirst().orElseThrow();
        assertThat(f.paid().amount()).isEqualByComparingTo("1500.00");
        assertThat(f.outstanding().amount()).isEqualByComparingTo("1500.00");
        assertThat(f.payments()).extracting(TrainingCompensation.Payment::reference).containsExactly("inv-1", null);
        TrainingCompensation.GrantLine r = report.lines().stream().filter(l -> l.grant().equals(royalty.id()))
                .findFirst().orElseThrow();
        assertThat(r.basis()).isEqualTo("royalty");
        assertThat(r.outstanding()).isNull();
        assertThat(report.byPerson()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo(voice.name());
            assertThat(s.grants()).isEqualTo(2);
            assertThat(s.agreedFlat()).containsOnlyKeys("USD");
            assertThat(s.agreedFlat().get("USD")).isEqualByComparingTo("3000.00");
            assertThat(s.paid().get("USD")).isEqualByComparingTo("1512.34");
        });
        assertThat(report.byOrganization()).extracting(TrainingCompensation.Summary::name)
                .containsExactly("Studio " + voice.name().substring(6));
    }

    @Test
    void each_caller_sees_what_the_registry_shows_them() {
        assertThat(compensation.report(new Caller.Performer("voice", voice.id(), voice.name())).lines()).hasSize(2);
        assertThat(compensation.report(new Caller.Performer("other", UUID.randomUUID(), "Other")).lines()).isEmpty();
        assertThat(compensation.report(new Caller.Production("x", organizations.register("X " + UUID.randomUUID())))
                .lines()).isEmpty();
        assertThat(compensation.report(new Caller.Outsider("researcher")).lines()).isEmpty();
        assertThat(compensation.report(new Caller.Guild("officer")).lines())
                .extracting(TrainingCompensation.GrantLine::grant).contains(flat.id(), royalty.id());
    }

    @Test
    void bad_payments_are_refused_with_each_field_and_nothing_is_stored() {
        assertThatThrownBy(() -> compensation.recordPayment(studioAccount, flat.id().toString(), "soon", "-5",
                "EUR", null))
                .isInstanceOfSatisfying(LaborRefusal.Invalid.class, e -> assertThat(e.problems())
                        .extracting(LineProblem::where, LineProblem::detail).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("paidOn", "Give the day it was paid (YYYY-MM-DD)."),
                                org.assertj.core.groups.Tuple.tuple("amount", "A payment cannot be negative."),
                                org.assertj.core.groups.Tuple.tuple("currency", "The grant agrees compensation in "
                                        + "USD; record the payment in USD.")));
        assertThatThrownBy(() -> compensation.recordPayment(new Caller.Production("x", UUID.randomUUID()),
                flat.id().toString(), "2026-02-01", "10", "USD", null)).isInstanceOf(LaborRefusal.NotFound.class);
        assertThatThrownBy(() -> compensation.recordPayment(new Caller.Guild("officer"), flat.id().toString(),
                "2026-02-01", "10", "USD", null)).isInstanceOf(LaborRefusal.NotFound.class);

        assertThat(compensation.report(studioAccount).lines()).allSatisfy(l ->
                assertThat(l.payments()).isEmpty());
    }

    @Test
    void the_grantee_records_a_payment_on_the_page_and_the_performer_reads_it() throws Exception {
        String username = "studio-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "a long enough password", Role.PRODUCTION, studio, null);
        var as = user(username).roles("PRODUCTION");
        mvc.perform(post("/labor/training-compensation/payments").param("grant", flat.id().toString())
                        .param("paidOn", "2026-02-01").param("amount", "1,000").param("currency", "USD")
                        .with(csrf()).with(as))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is not an amount")))
                .andExpect(content().string(containsString("value=\"1,000\"")));
        mvc.perform(post("/labor/training-compensation/payments").param("grant", flat.id().toString())
                        .param("paidOn", "2026-02-01").param("amount", "1000.00").param("currency", "USD")
                        .with(csrf()).with(as))
                .andExpect(redirectedUrl("/labor/training-compensation?paid"));
        mvc.perform(get("/labor/training-compensation").with(as)).andExpect(status().isOk())
                .andExpect(content().string(containsString("1000.00 USD in 1 payment")))
                .andExpect(content().string(containsString("2000.00 USD")))
                .andExpect(content().string(containsString("depends on use")));
        mvc.perform(get("/labor/training-compensation.csv").with(as)).andExpect(status().isOk())
                .andExpect(content().string(containsString(flat.id() + "," + voice.name() + ",")));
    }
}
