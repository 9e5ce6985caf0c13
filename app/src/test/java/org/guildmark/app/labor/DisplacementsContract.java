package org.guildmark.app.labor;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.registry.Caller;
import org.guildmark.app.registry.Organizations;
import org.guildmark.app.security.Accounts;
import org.guildmark.app.security.Role;
import org.guildmark.core.dossier.Enums.ProductionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Displacement and support through the service and pages: recording, promising, confirming delivery once, the
 * union's view of its Locals, and refusals that store nothing. Each subclass names one database.
 */
@SpringBootTest(classes = GuildmarkApplication.class)
@AutoConfigureMockMvc
abstract class DisplacementsContract {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "displacement passphrase");
    }

    @Autowired
    Displacements displacements;
    @Autowired
    Organizations organizations;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private Caller.Production harbor;
    private UUID production;
    private String local;
    private String account;

    @BeforeEach
    void aProduction() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID organization = organizations.register("Harbor " + suffix);
        production = organizations.registerProduction(organization, "film-" + suffix, "Film " + suffix,
                ProductionType.FEATURE);
        account = "harbor-" + suffix;
        accounts.create(account, "a long enough password", Role.PRODUCTION, organization, null);
        harbor = new Caller.Production(account, organization);
        local = "IATSE Local " + suffix;
    }

    private Displacement displaced(String role, int workers) {
        return displacements.record(harbor, new Displacements.DisplacementForm(production.toString(), role, "art",
                local, String.valueOf(workers), "2026-03-01", "2026-02-01", null));
    }

    @Test
    void support_is_promised_then_confirmed_delivered_once() {
        Displacement d = displaced("storyboard-artist", 3);
        Displacement.Support retraining = displacements.promise(harbor, d.id(), new Displacements.SupportForm(
                "retraining", "Previs course", "2", "", "", "2026-06-30"));
        displacements.promise(harbor, d.id(), new Displacements.SupportForm("severance", "Four weeks' pay", "1",
                "4800.00", "usd", "2026-04-15"));

        displacements.deliver(harbor, retraining.id(), "2026-06-01", "certificates on file");

        Displacement read = displacements.displacement(harbor, d.id());
        assertThat(read.support()).extracting(s -> s.kind().code(), Displacement.Support::delivered)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("severance", false),
                        org.assertj.core.groups.Tuple.tuple("retraining", true));
        assertThat(read.support().get(0).amount().toString()).isEqualTo("4800.00 USD");
        assertThat(read.overdueCount(java.time.LocalDate.parse("2026-05-01"))).isEqualTo(1);
        assertThatThrownBy(() -> displacements.deliver(harbor, retraining.id(), "2026-06-02", null))
                .isInstanceOf(LaborRefusal.Conflict.class);
        assertThat(displacements.displacement(harbor, d.id()).support().get(1).delivery().deliveredOn())
                .hasToString("2026-06-01");
    }

    @Test
    void bad_forms_name_each_field_and_store_nothing() {
        long before = jdbc.sql("SELECT COUNT(*) FROM displacement").query(Long.class).single();
        assertThatThrownBy(() -> displacements.record(harbor, new Displacements.DisplacementForm(
                production.toString(), "Story Artist!", "", null, "-2", "March", "", null)))
                .isInstanceOfSatisfying(LaborRefusal.Invalid.class, e -> assertThat(e.problems())
                        .extracting(LineProblem::where)
                        .containsExactly("role", "department", "workers", "displacedOn"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM displacement").query(Long.class).single()).isEqualTo(before);

        Displacement d = displaced("editor", 2);
        assertThatThrownBy(() -> displacements.promise(harbor, d.id(), new Displacements.SupportForm(
                "gift", "", "5", "-10", "USD", "")))
                .isInstanceOfSatisfying(LaborRefusal.Invalid.class, e -> assertThat(e.problems())
                        .extracting(LineProblem::where)
                        .containsExactly("kind", "description", "workers", "amount", "dueOn"));
        assertThatThrownBy(() -> displacements.promise(harbor, d.id(), new Displacements.SupportForm(
                "severance", "pay", "1", "", "", "2026-05-01")))
                .isInstanceOfSatisfying(LaborRefusal.Invalid.class, e -> assertThat(e.problems())
                        .extracting(LineProblem::detail).containsExactly("Severance is an amount; give it with its "
                                + "currency."));
        assertThat(displacements.displacement(harbor, d.id()).support()).isEmpty();
    }

    @Test
    void a_researcher_reads_only_the_locals_granted_and_other_organizations_see_nothing() throws Exception {
        Displacement d = displaced("composer", 4);
        displacements.promise(harbor, d.id(), new Displacements.SupportForm("redeployment", "Moved to live scoring",
                "1", "", "", "2020-01-01"));
        String researcher = "union-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(researcher, "a long enough password", Role.RESEARCHER, null, null);

        assertThat(displacements.localsFor(researcher, Role.RESEARCHER)).isEmpty();
        displacements.grantLocal("admin", researcher, local.toUpperCase(java.util.Locale.ROOT));
        assertThat(displacements.localsFor(researcher, Role.RESEARCHER)).containsExactly(local);
        assertThat(displacements.forLocals(List.of(local))).singleElement()
                .satisfies(r -> assertThat(r.displacement().workers()).isEqualTo(4));
        assertThatThrownBy(() -> displacements.grantLocal("admin", account, local))
                .isInstanceOf(LaborRefusal.Invalid.class);

        mvc.perform(get("/labor/displacement").with(user(researcher).roles("RESEARCHER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(local)))
                .andExpect(content().string(containsString("redeployment (1)")))
                .andExpect(content().string(containsString("Workers displaced by Local")));
        mvc.perform(get("/labor/displacement").with(user("ungranted").roles("RESEARCHER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No union Local is granted to your account yet")))
                .andExpect(content().string(not(containsString(local))));
        displacements.revokeLocal(researcher, local);
        assertThat(displacements.localsFor(researcher, Role.RESEARCHER)).isEmpty();

        Caller.Production other = new Caller.Production("other", organizations.register("Other"));
        assertThatThrownBy(() -> displacements.displacement(other, d.id())).isInstanceOf(LaborRefusal.NotFound.class);
    }

    @Test
    void the_pages_record_a_displacement_and_keep_what_was_typed_on_refusal() throws Exception {
        var as = user(account).roles("PRODUCTION");
        mvc.perform(post("/production/displacements").param("production", production.toString())
                        .param("role", "vfx-artist").param("department", "vfx").param("workers", "two")
                        .param("displacedOn", "2026-03-01").param("unionLocal", local).with(csrf()).with(as))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the number of workers")))
                .andExpect(content().string(containsString("value=\"vfx-artist\"")));
        String at = mvc.perform(post("/production/displacements").param("production", production.toString())
                        .param("role", "vfx-artist").param("department", "vfx").param("workers", "2")
                        .param("displacedOn", "2026-03-01").param("unionLocal", local).with(csrf()).with(as))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = at.substring(0, at.indexOf('?'));
        mvc.perform(post(page + "/support").param("kind", "transition").param("description", "Six months' pay")
                        .param("workers", "2").param("amount", "12000.00").param("currency", "USD")
                        .param("dueOn", "2026-09-30").with(csrf()).with(as))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(as)).andExpect(status().isOk())
                .andExpect(content().string(containsString("12000.00 USD")))
                .andExpect(content().string(containsString("Confirm delivered")));
        mvc.perform(get("/production/displacements").with(as)).andExpect(status().isOk())
                .andExpect(content().string(containsString("1 promised, 0 delivered")));
    }
}
