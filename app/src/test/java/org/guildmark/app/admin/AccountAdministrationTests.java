package org.guildmark.app.admin;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.registry.Organizations;
import org.guildmark.app.registry.PersonRegistry;
import org.guildmark.app.registry.Representation;
import org.guildmark.app.registry.RepresentedPeople;
import org.guildmark.app.security.Account;
import org.guildmark.app.security.Accounts;
import org.guildmark.app.security.Role;
import org.guildmark.core.dossier.Enums.PersonCategory;
import org.guildmark.core.dossier.Enums.RepresentativeRelation;
import org.guildmark.core.dossier.Person.Representative;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** An admin manages accounts through the real pages: create, refuse with messages, disable, enable, reset. */
@SpringBootTest(classes = GuildmarkApplication.class)
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class AccountAdministrationTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "administration admin passphrase");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PersonRegistry people;

    @Autowired
    Organizations organizations;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    RepresentedPeople represented;

    @Test
    void a_performer_account_with_a_generated_password_shows_it_once_and_signs_in_with_it(CapturedOutput output)
            throws Exception {
        UUID ana = people.register("Ana Ruiz", PersonCategory.ADULT, LocalDate.of(1990, 2, 11), null, List.of()).id();

        MvcResult created = mvc.perform(asAdmin(post("/admin/accounts"))
                        .param("username", "ana.ruiz")
                        .param("role", "performer")
                        .param("person", ana.toString())
                        .param("passwordMode", "generate"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/account-created"))
                .andReturn();

        String password = (String) created.getModelAndView().getModel().get("generatedPassword");
        assertThat(password).hasSize(OneTimePassword.LENGTH);
        assertThat(created.getResponse().getContentAsString()).contains(password).contains("shown only now");
        Account account = accounts.find("ana.ruiz").orElseThrow();
        assertThat(account.role()).isEqualTo(Role.PERFORMER);
        assertThat(account.person()).isEqualTo(ana);
        assertThat(account.passwordHash()).startsWith("{bcrypt}").doesNotContain(password);
        mvc.perform(formLogin().user("ana.ruiz").password(password))
                .andExpect(authenticated().withUsername("ana.ruiz").withRoles("PERFORMER"));
        assertThat(output.getAll())
                .contains("Account " + account.id() + " created with role performer")
                .doesNotContain(password)
                .doesNotContain("ana.ruiz");

        mvc.perform(asAdmin(get("/admin/accounts")))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("ana.ruiz").contains("Ana Ruiz").doesNotContain(password));
    }

    @Test
    void a_refused_form_comes_back_with_what_was_typed_except_the_passwords_and_a_message_on_each_field()
            throws Exception {
        String page = mvc.perform(asAdmin(post("/admin/accounts"))
                        .param("username", "Not Valid")
                        .param("role", "production")
                        .param("organization", "")
                        .param("passwordMode", "enter")
                        .param("password", "tiny secret")
                        .param("passwordAgain", "tiny secret"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/account-new"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page)
                .contains("The account was not created")
                .contains("value=\"Not Valid\"")
                .containsPattern("value=\"production\"[^>]*checked")
                .containsPattern("value=\"enter\"[^>]*checked")
                .contains("id=\"username-error\"").contains("aria-describedby=\"username-error username-hint\"")
                .contains("Use 3 to 100 lower-case letters")
                .contains("id=\"organization-error\"").contains("A production account acts for an organization")
                .contains("id=\"password-error\"").contains("Use at least 12 characters")
                .doesNotContain("tiny secret");
        assertThat(accounts.find("Not Valid")).isEmpty();
    }

    @Test
    void each_binding_is_required_for_its_role_and_must_exist() throws Exception {
        assertRefused("performer", "person", "", "A performer account is one person");
        assertRefused("performer", "person", UUID.randomUUID().toString(), "That person is not in the registry");
        assertRefused("performer", "person", "not-a-uuid", "Choose one from the list.");
        assertRefused("representative", "representatives", "", "A representative acts for at least one person");
        assertRefused("representative", "representatives", UUID.randomUUID().toString(),
                "One of the chosen entries is not in the registry");
        assertRefused("production", "organization", UUID.randomUUID().toString(),
                "That organization is not in the registry");
        assertRefused("", "person", "", "Choose the account&#39;s role.");
    }

    @Test
    void a_representative_acts_as_the_representative_entries_chosen_and_a_production_for_its_organization()
            throws Exception {
        UUID elin = people.register("Elin Sand", PersonCategory.MINOR, LocalDate.of(2014, 6, 1), null,
                List.of(new Representative("Karin Sand", RepresentativeRelation.GUARDIAN))).id();
        UUID tove = people.register("Tove Sand", PersonCategory.MINOR, LocalDate.of(2016, 1, 9), null,
                List.of(new Representative("Jonas Ek", RepresentativeRelation.AGENT),
                        new Representative("Karin Sand", RepresentativeRelation.GUARDIAN))).id();
        UUID harbor = organizations.register("Harbor Pictures");
        UUID asElinsGuardian = entry(elin, "Karin Sand");
        UUID asTovesGuardian = entry(tove, "Karin Sand");

        String form = mvc.perform(asAdmin(get("/admin/accounts/new"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("Elin Sand (minor) — Karin Sand, guardian")
                .contains("Tove Sand (minor) — Jonas Ek, agent").contains("value=\"" + asTovesGuardian + "\"");

        mvc.perform(asAdmin(post("/admin/accounts"))
                        .param("username", "karin.sand").param("role", "representative")
                        .param("representatives", asElinsGuardian.toString(), asTovesGuardian.toString())
                        // a stray organization from a changed mind is not kept
                        .param("organization", harbor.toString())
                        .param("passwordMode", "enter")
                        .param("password", "guardian of two").param("passwordAgain", "guardian of two"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/account-created"));
        mvc.perform(asAdmin(post("/admin/accounts"))
                        .param("username", "harbor").param("role", "production")
                        .param("organization", harbor.toString())
                        .param("passwordMode", "generate"))
                .andExpect(status().isOk());

        Account karin = accounts.find("karin.sand").orElseThrow();
        assertThat(karin.organization()).isNull();
        assertThat(represented.of(karin.id())).containsExactlyInAnyOrder(
                new Representation(elin, "Karin Sand", RepresentativeRelation.GUARDIAN),
                new Representation(tove, "Karin Sand", RepresentativeRelation.GUARDIAN));
        assertThat(mvc.perform(asAdmin(get("/admin/accounts"))).andReturn().getResponse().getContentAsString())
                .contains("Elin Sand (minor) — Karin Sand, guardian; Tove Sand (minor) — Karin Sand, guardian");
        assertThat(encoder.matches("guardian of two", karin.passwordHash())).isTrue();
        assertThat(accounts.find("harbor").orElseThrow().organization()).isEqualTo(harbor);
    }

    @Test
    void a_taken_username_and_differing_passwords_are_refused_on_their_fields() throws Exception {
        accounts.create("oscar", "an officer passphrase", Role.OFFICER, null, null);

        String page = mvc.perform(asAdmin(post("/admin/accounts"))
                        .param("username", "oscar").param("role", "researcher")
                        .param("passwordMode", "enter")
                        .param("password", "first long passphrase").param("passwordAgain", "second long passphrase"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The two passwords differ").doesNotContain("long passphrase");

        page = mvc.perform(asAdmin(post("/admin/accounts"))
                        .param("username", "oscar").param("role", "researcher").param("passwordMode", "generate"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("An account with this username exists already");
        assertThat(accounts.find("oscar").orElseThrow().role()).isEqualTo(Role.OFFICER);
    }

    @Test
    void a_disabled_account_cannot_sign_in_until_enabled_and_an_admin_cannot_disable_itself() throws Exception {
        Account rita = accounts.create("rita", "a researcher passphrase", Role.RESEARCHER, null, null);

        mvc.perform(asAdmin(post("/admin/accounts/" + rita.id() + "/disable")))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.containsString("disabled")));
        assertThat(accounts.find(rita.id()).orElseThrow().enabled()).isFalse();
        mvc.perform(formLogin().user("rita").password("a researcher passphrase"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());

        mvc.perform(asAdmin(post("/admin/accounts/" + rita.id() + "/enable")))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(formLogin().user("rita").password("a researcher passphrase"))
                .andExpect(authenticated().withUsername("rita"));

        Account admin = accounts.find("admin").orElseThrow();
        mvc.perform(asAdmin(post("/admin/accounts/" + admin.id() + "/disable")))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("your own account")));
        assertThat(accounts.find(admin.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void a_reset_password_replaces_the_old_one() throws Exception {
        Account olga = accounts.create("olga", "the old passphrase", Role.OFFICER, null, null);

        String refused = mvc.perform(asAdmin(post("/admin/accounts/" + olga.id() + "/password"))
                        .param("passwordMode", "enter").param("password", "").param("passwordAgain", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/password"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("The password was not changed").contains("Enter a password");

        MvcResult reset = mvc.perform(asAdmin(post("/admin/accounts/" + olga.id() + "/password"))
                        .param("passwordMode", "generate"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/password-set"))
                .andReturn();
        String password = (String) reset.getModelAndView().getModel().get("generatedPassword");

        mvc.perform(formLogin().user("olga").password("the old passphrase")).andExpect(unauthenticated());
        mvc.perform(formLogin().user("olga").password(password)).andExpect(authenticated().withUsername("olga"));
    }

    @Test
    void a_role_change_needs_its_binding_and_never_moves_a_representative_or_demotes_oneself() throws Exception {
        UUID harbor = organizations.register("Harbor Pictures " + UUID.randomUUID());
        Account tom = accounts.create("tom", "a researcher passphrase", Role.RESEARCHER, null, null);
        String form = mvc.perform(asAdmin(get("/admin/accounts/" + tom.id() + "/role")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Change the role of").containsPattern("value=\"researcher\"[^>]*checked")
                .contains("name=\"_csrf\"");

        String refused = mvc.perform(asAdmin(post("/admin/accounts/" + tom.id() + "/role"))
                        .param("role", "production").param("organization", ""))
                .andExpect(status().isOk()).andExpect(view().name("admin/account-role"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("The role was not changed").contains("id=\"organization-error\"");
        assertThat(mvc.perform(asAdmin(post("/admin/accounts/" + tom.id() + "/role"))
                        .param("role", "representative")).andReturn().getResponse().getContentAsString())
                .contains("cannot be moved into or out of the representative role");
        Account admin = accounts.find("admin").orElseThrow();
        assertThat(mvc.perform(asAdmin(post("/admin/accounts/" + admin.id() + "/role")).param("role", "officer"))
                .andReturn().getResponse().getContentAsString()).contains("take the admin role from yourself");
        assertThat(accounts.find(admin.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);

        mvc.perform(asAdmin(post("/admin/accounts/" + tom.id() + "/role"))
                        .param("role", "production").param("organization", harbor.toString()))
                .andExpect(redirectedUrl("/admin/accounts"));
        Account moved = accounts.find(tom.id()).orElseThrow();
        assertThat(moved.role()).isEqualTo(Role.PRODUCTION);
        assertThat(moved.organization()).isEqualTo(harbor);
        assertThat(moved.sessionEpoch()).isGreaterThan(tom.sessionEpoch());
    }

    @Test
    void only_an_admin_gets_the_pages_and_every_form_carries_a_csrf_token() throws Exception {
        String page = mvc.perform(asAdmin(get("/admin/accounts/new")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"_csrf\"");

        mvc.perform(get("/admin/accounts").with(user("mara").roles("PERFORMER"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts").with(user("admin").roles("ADMIN"))
                        .param("username", "no.token").param("role", "researcher").param("passwordMode", "generate"))
                .andExpect(status().isForbidden());
        assertThat(accounts.find("no.token")).isEmpty();
    }

    private UUID entry(UUID person, String name) {
        return represented.all().stream().filter(e -> e.person().equals(person) && e.name().equals(name))
                .findFirst().orElseThrow().id();
    }

    private void assertRefused(String role, String field, String value, String message) throws Exception {
        String page = mvc.perform(asAdmin(post("/admin/accounts"))
                        .param("username", "someone.new").param("role", role).param(field, value)
                        .param("passwordMode", "generate"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/account-new"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).as("%s with %s=%s", role, field, value).contains(message);
        assertThat(accounts.find("someone.new")).isEmpty();
    }

    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user("admin").roles("ADMIN")).with(csrf());
    }
}
