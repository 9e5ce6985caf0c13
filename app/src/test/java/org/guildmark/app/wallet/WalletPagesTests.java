package org.guildmark.app.wallet;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.registry.Caller;
import org.guildmark.app.registry.ConsentGrant;
import org.guildmark.app.registry.ConsentRegistry;
import org.guildmark.app.registry.ConsentStatus;
import org.guildmark.app.registry.DeletionObligation;
import org.guildmark.app.registry.Evidence;
import org.guildmark.app.registry.GrantScope;
import org.guildmark.app.registry.NewGrant;
import org.guildmark.app.registry.NewUse;
import org.guildmark.app.registry.Organizations;
import org.guildmark.app.registry.PersonRegistry;
import org.guildmark.app.registry.RegisteredPerson;
import org.guildmark.app.registry.Representation;
import org.guildmark.app.registry.RepresentedPeople;
import org.guildmark.app.security.Accounts;
import org.guildmark.app.security.Role;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The wallet and production pages through MockMvc, for each role that has them: what each sees, that nobody sees
 * another person's grant (404), and that every change goes through the registry with its confirmation and
 * field-level messages.
 */
@SpringBootTest(classes = GuildmarkApplication.class)
@AutoConfigureMockMvc
class WalletPagesTests {

    private static final String DOCUMENT = "a".repeat(64);
    private static final String EVIDENCE = "b".repeat(64);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "wallet admin passphrase");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ConsentRegistry registry;

    @Autowired
    PersonRegistry people;

    @Autowired
    Organizations organizations;

    @Autowired
    Accounts accounts;

    @Autowired
    RepresentedPeople represented;

    private String suffix;
    private UUID harbor;
    private UUID lighthouse;
    private Caller.Production harborCaller;

    @BeforeEach
    void harborMakesTheLighthouseKeeper() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        harbor = organizations.register("Harbor Pictures " + suffix);
        lighthouse = organizations.registerProduction(harbor, "lighthouse-" + suffix, "The Lighthouse Keeper",
                ProductionType.FEATURE);
        String username = "harbor-" + suffix;
        accounts.create(username, "a production passphrase", Role.PRODUCTION, harbor, null);
        harborCaller = new Caller.Production(username, harbor);
    }

    @Test
    void a_performer_sees_her_grants_and_obligations_but_never_another_persons_grant() throws Exception {
        Caller.Performer mara = performer("Mara Lindqvist");
        Caller.Performer owen = performer("Owen Pryce");
        ConsentGrant hers = registry.create(mara, replica(mara.person(), 0));
        ConsentGrant his = registry.create(owen, replica(owen.person(), 0));
        registry.recordUse(harborCaller, his.id(), new NewUse(lighthouse, "reel 2 ADR", null, null));
        registry.withdraw(owen, his.id(), null, "changed my mind");

        String wallet = page(mara, "/wallet");
        assertThat(wallet).contains("Your consents").contains("The Lighthouse Keeper").contains("face, voice")
                .contains("/wallet/grants/" + hers.id()).doesNotContain(his.id().toString())
                .doesNotContain("reel 2 ADR");

        for (String path : List.of("/wallet/grants/" + his.id(), "/wallet/grants/" + his.id() + "/withdraw",
                "/wallet/grants/" + his.id() + "/receipts/0", "/wallet/people/" + owen.person())) {
            mvc.perform(get(path).with(as(mara))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/wallet/grants/" + his.id() + "/withdraw").with(as(mara)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/wallet/grants/" + his.id() + "/give").with(as(mara)).with(csrf()))
                .andExpect(status().isNotFound());
        // A production account has no wallet, and a performer no production page.
        mvc.perform(get("/wallet").with(as(harborCaller))).andExpect(status().isForbidden());
        mvc.perform(get("/production").with(as(mara))).andExpect(status().isForbidden());

        String owens = page(owen, "/wallet");
        assertThat(owens).contains("withdrawn").contains("Deletion obligations").contains("open");
    }

    @Test
    void withdrawing_goes_through_a_confirmation_that_states_the_notice_and_the_deletions_it_creates()
            throws Exception {
        Caller.Performer mara = performer("Mara Lindqvist");
        ConsentGrant grant = registry.create(mara, replica(mara.person(), 30));
        registry.recordUse(harborCaller, grant.id(), new NewUse(lighthouse, "scene 18 flashback", null, null));
        String path = "/wallet/grants/" + grant.id();

        String detail = page(mara, path);
        assertThat(detail).contains("30 days’ notice; contact rights@harbor.example").contains("25000.00 USD, flat")
                .contains("scene 18 flashback").contains(path + "/withdraw").contains(path + "/receipts/0")
                .contains("/.well-known/jwks.json");

        String confirmation = page(mara, path + "/withdraw");
        assertThat(confirmation).contains("Withdraw your consent?").contains("30 days’ notice")
                .contains("Harbor Pictures " + suffix).contains("must delete")
                .containsPattern("name=\"_csrf\"");
        assertThat(registry.grant(mara, grant.id()).status()).isEqualTo(ConsentStatus.GIVEN);

        mvc.perform(post(path + "/withdraw").with(as(mara)).param("reason", "x")).andExpect(status().isForbidden());
        String refused = mvc.perform(post(path + "/withdraw").with(as(mara)).with(csrf())
                        .param("reason", "x".repeat(1001)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("The consent was not withdrawn").contains("id=\"reason-error\"")
                .contains("aria-describedby=\"reason-error\"").contains("aria-invalid=\"true\"");
        assertThat(registry.grant(mara, grant.id()).status()).isEqualTo(ConsentStatus.GIVEN);

        mvc.perform(post(path + "/withdraw").with(as(mara)).with(csrf()).param("reason", "no longer comfortable"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(path));

        ConsentGrant after = registry.grant(mara, grant.id());
        assertThat(after.status()).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(after.history()).last().satisfies(event -> {
            assertThat(event.reason()).isEqualTo("no longer comfortable");
            assertThat(event.effectiveAt()).isAfter(Instant.now().plusSeconds(29L * 24 * 3600));
        });
        List<DeletionObligation> owed = registry.obligationsOf(mara, grant.id());
        assertThat(owed).singleElement().satisfies(o -> assertThat(o.organization()).isEqualTo(harbor));
        String shown = page(mara, path);
        assertThat(shown).contains("withdrawn · takes effect").contains("no longer comfortable")
                .contains("(notice period)").contains("Not confirmed yet").doesNotContain(path + "/withdraw\"");
    }

    @Test
    void a_receipt_downloads_as_a_jws_that_verifies_against_the_published_keys() throws Exception {
        Caller.Performer mara = performer("Mara Lindqvist");
        ConsentGrant grant = registry.create(mara, replica(mara.person(), 0));

        var response = mvc.perform(get("/wallet/grants/" + grant.id() + "/receipts/0").with(as(mara)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/jose"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse();
        JWSObject receipt = JWSObject.parse(response.getContentAsString());
        String jwks = mvc.perform(get("/.well-known/jwks.json")).andReturn().getResponse().getContentAsString();
        OctetKeyPair key = (OctetKeyPair) JWKSet.parse(jwks).getKeyByKeyId(receipt.getHeader().getKeyID());
        assertThat(receipt.verify(new Ed25519Verifier(key))).isTrue();
        assertThat(receipt.getPayload().toString()).contains(grant.id().toString());
        mvc.perform(get("/wallet/grants/" + grant.id() + "/receipts/7").with(as(mara)))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_performer_gives_or_refuses_what_a_production_requested() throws Exception {
        Caller.Performer mara = performer("Mara Lindqvist");
        ConsentGrant asked = registry.create(harborCaller, replica(mara.person(), 0));
        ConsentGrant unwanted = registry.create(harborCaller, replica(mara.person(), 0));

        assertThat(page(mara, "/wallet")).contains("Waiting for you:").contains("the person&#39;s consent");
        assertThat(page(mara, "/wallet/grants/" + asked.id())).contains("Give this consent")
                .contains("Refuse this request");
        mvc.perform(post("/wallet/grants/" + asked.id() + "/give").with(as(mara)).with(csrf()))
                .andExpect(redirectedUrl("/wallet/grants/" + asked.id()));
        mvc.perform(post("/wallet/grants/" + unwanted.id() + "/refuse").with(as(mara)).with(csrf())
                        .param("reason", "not for this film"))
                .andExpect(redirectedUrl("/wallet/grants/" + unwanted.id()));

        assertThat(registry.grant(mara, asked.id()).status()).isEqualTo(ConsentStatus.GIVEN);
        assertThat(registry.grant(mara, unwanted.id()).status()).isEqualTo(ConsentStatus.REFUSED);
        // Giving it again is refused by the registry and shown as a message; nothing changes.
        String again = mvc.perform(post("/wallet/grants/" + asked.id() + "/give").with(as(mara)).with(csrf()))
                .andReturn().getFlashMap().get("problem").toString();
        assertThat(again).contains("cannot become given");
        assertThat(registry.grant(mara, asked.id()).history()).hasSize(2);
    }

    @Test
    void a_guardian_sees_the_people_they_act_for_and_gives_the_approval_that_waits_for_them() throws Exception {
        RegisteredPerson elin = people.register("Elin Sand " + suffix, PersonCategory.MINOR,
                LocalDate.now(ZoneOffset.UTC).minusYears(12), null,
                List.of(new Representative("Karin Sand", RepresentativeRelation.GUARDIAN)));
        Caller.Performer other = performer("Owen Pryce");
        ConsentGrant others = registry.create(other, replica(other.person(), 0));
        String username = "karin-" + suffix;
        UUID account = accounts.create(username, "a guardian passphrase", Role.REPRESENTATIVE, null, null).id();
        represented.bind(account, elin.id(), "Karin Sand");
        Caller.Representative karin = new Caller.Representative(username,
                List.of(new Representation(elin.id(), "Karin Sand", RepresentativeRelation.GUARDIAN)));
        ConsentGrant grant = registry.create(harborCaller, replica(elin.id(), 0));
        registry.approve(new Caller.Guild("officer"), grant.id(), ApprovalRelation.HEIGHTENED_REVIEW);

        String list = page(karin, "/wallet");
        assertThat(list).contains("People you act for").contains(elin.name()).contains("Karin Sand, guardian")
                .contains("1 grant").contains("/wallet/people/" + elin.id());
        String wallet = page(karin, "/wallet/people/" + elin.id());
        assertThat(wallet).contains(elin.name() + "’s consents").contains("Waiting for you:")
                .contains("the consent of the person&#39;s guardian");
        assertThat(page(karin, "/wallet/grants/" + grant.id())).contains("Give this consent as guardian");
        mvc.perform(get("/wallet/grants/" + others.id()).with(as(karin))).andExpect(status().isNotFound());
        mvc.perform(get("/wallet/people/" + other.person()).with(as(karin))).andExpect(status().isNotFound());

        mvc.perform(post("/wallet/grants/" + grant.id() + "/give").with(as(karin)).with(csrf()))
                .andExpect(redirectedUrl("/wallet/grants/" + grant.id()));

        ConsentGrant given = registry.grant(karin, grant.id());
        assertThat(given.status()).isEqualTo(ConsentStatus.GIVEN);
        assertThat(given.terms().approvals()).extracting(a -> a.relation())
                .contains(ApprovalRelation.GUARDIAN, ApprovalRelation.HEIGHTENED_REVIEW);
        assertThat(page(karin, "/wallet/grants/" + grant.id())).contains("Withdraw")
                .doesNotContain("Give this consent");
    }

    @Test
    void a_production_sees_its_grants_and_confirms_a_deletion_with_evidence_overdue_first() throws Exception {
        Caller.Performer mara = performer("Mara Lindqvist");
        ConsentGrant grant = registry.create(mara, replica(mara.person(), 0));
        registry.recordUse(harborCaller, grant.id(), new NewUse(lighthouse, "scene 18 flashback", null, null));
        registry.withdraw(mara, grant.id(), null, null);
        DeletionObligation owed = registry.obligationsOf(harborCaller, grant.id()).get(0);
        // Another organization's obligation stays out of sight.
        UUID elsewhere = organizations.register("Elsewhere Films " + suffix);
        String elsewhereUser = "elsewhere-" + suffix;
        accounts.create(elsewhereUser, "another production passphrase", Role.PRODUCTION, elsewhere, null);
        Caller.Production elsewhereCaller = new Caller.Production(elsewhereUser, elsewhere);

        String overview = page(harborCaller, "/production");
        assertThat(overview).contains("Grants to Harbor Pictures " + suffix).contains(mara.name())
                .contains("Deletions you owe").contains("/production/obligations/" + owed.id())
                .contains("withdrawn");
        assertThat(page(elsewhereCaller, "/production")).doesNotContain(owed.id().toString())
                .doesNotContain(mara.name());
        mvc.perform(get("/production/obligations/" + owed.id()).with(as(elsewhereCaller)))
                .andExpect(status().isNotFound());

        String form = page(harborCaller, "/production/obligations/" + owed.id());
        assertThat(form).contains("Confirm a deletion").contains("<label for=\"evidenceSha256\">");
        String refused = mvc.perform(post("/production/obligations/" + owed.id() + "/confirmation")
                        .with(as(harborCaller)).with(csrf())
                        .param("evidenceSha256", "not-a-hash").param("description", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("The deletion was not confirmed")
                .contains("A SHA-256 is 64 hexadecimal digits").contains("Say what the evidence shows")
                .contains("aria-describedby=\"evidenceSha256-error evidenceSha256-hint\"")
                .contains("value=\"not-a-hash\"");
        assertThat(registry.obligation(harborCaller, owed.id()).confirmation()).isNull();

        mvc.perform(post("/production/obligations/" + owed.id() + "/confirmation").with(as(harborCaller))
                        .with(csrf()).param("evidenceSha256", EVIDENCE.toUpperCase())
                        .param("description", "Replica wiped from the render farm and both backups"))
                .andExpect(redirectedUrl("/production"));

        DeletionObligation confirmed = registry.obligation(harborCaller, owed.id());
        assertThat(confirmed.confirmation().evidenceSha256()).isEqualTo(EVIDENCE);
        assertThat(page(mara, "/wallet")).contains("confirmed").contains(EVIDENCE)
                .contains("Replica wiped from the render farm");
    }

    @Test
    void overdue_obligations_come_before_open_and_confirmed_ones() {
        WalletViews views = new WalletViews(registry, people, organizations,
                java.time.Clock.fixed(Instant.parse("2027-01-10T00:00:00Z"), ZoneOffset.UTC));
        UUID grant = UUID.randomUUID();
        Instant created = Instant.parse("2026-12-01T00:00:00Z");
        DeletionObligation confirmed = new DeletionObligation(UUID.randomUUID(), grant, harbor, null, "m", "delete",
                created, Instant.parse("2026-12-20T00:00:00Z"),
                new DeletionObligation.Confirmation(EVIDENCE, "done", created, "harbor"));
        DeletionObligation open = new DeletionObligation(UUID.randomUUID(), grant, harbor, null, "m", "delete",
                created, Instant.parse("2027-02-01T00:00:00Z"), null);
        DeletionObligation overdue = new DeletionObligation(UUID.randomUUID(), grant, harbor, null, "m", "delete",
                created, Instant.parse("2027-01-05T00:00:00Z"), null);

        assertThat(views.obligations(harborCaller, List.of(confirmed, open, overdue)))
                .extracting(WalletViews.ObligationRow::state).containsExactly("overdue", "open", "confirmed");
    }

    private Caller.Performer performer(String name) {
        RegisteredPerson person = people.register(name + " " + suffix, PersonCategory.ADULT,
                LocalDate.of(1980, 1, 1), null, List.of());
        String username = name.toLowerCase().replace(' ', '.') + "-" + suffix;
        accounts.create(username, "a performer passphrase", Role.PERFORMER, null, person.id());
        return new Caller.Performer(username, person.id(), person.name());
    }

    private NewGrant replica(UUID person, int noticeDays) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return new NewGrant(person, harbor, EnumSet.of(Aspect.FACE, Aspect.VOICE), Set.of(Purpose.SYNTHETIC_MEDIA),
                GrantScope.production(lighthouse), today.minusDays(10), today.plusYears(1),
                new Compensation(Money.of("25000.00", "USD"), CompensationBasis.FLAT),
                new Revocation("rights@harbor.example", noticeDays),
                new Deletion("Delete the replica and derived takes", 30),
                new Informed("consents/2026.pdf", "en"),
                new Evidence(DOCUMENT, "Officer Kim", "en"));
    }

    private String page(Caller caller, String path) throws Exception {
        return mvc.perform(get(path).with(as(caller))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static RequestPostProcessor as(Caller caller) {
        String role = caller instanceof Caller.Performer ? "PERFORMER"
                : caller instanceof Caller.Representative ? "REPRESENTATIVE"
                : caller instanceof Caller.Production ? "PRODUCTION" : "OFFICER";
        return user(caller.username()).roles(role);
    }
}
