package org.guildmark.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.guildmark.app.GuildmarkApplication;
import org.guildmark.app.consent.RegistryRows;
import org.guildmark.app.security.ApiTokens;
import org.guildmark.app.security.IssuedToken;
import org.guildmark.app.security.TokenScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code guildmark audit --registry URL} end to end, against a registry server on a random port: the synthetic
 * likenesses of a person linked by {@code registryId} are judged by the registry's answers as of when each asset
 * was made, and a registry that cannot answer stops the audit with exit 2 and no report.
 */
@SpringBootTest(classes = GuildmarkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditWithRegistryTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void storeUnder(DynamicPropertyRegistry properties) {
        properties.add("guildmark.data-dir", () -> dataDir.toString());
        properties.add("guildmark.admin-password", () -> "registry audit passphrase");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @TempDir
    Path work;

    private RegistryRows rows;
    private UUID harbor;
    private UUID mara;
    private UUID maraGrant;
    private String token;
    private Path dossier;

    /** The lighthouse example, with Mara linked to the registry; its production registered there for Harbor. */
    @BeforeEach
    void harborRegistersMarasConsent() throws IOException {
        rows = new RegistryRows(jdbc);
        harbor = rows.organization("Harbor Pictures");
        String code = "lighthouse-" + UUID.randomUUID().toString().substring(0, 8);
        UUID lighthouse = rows.production(harbor, code);
        mara = rows.person("adult", LocalDate.parse("1968-09-23"));
        maraGrant = rows.grant(mara, harbor, lighthouse, List.of("face", "voice"), List.of("synthetic-media"),
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), "given");
        token = tokens.issue(harbor, "audit", Set.of(TokenScope.CONSENT_CHECK), Instant.now().plus(Duration.ofDays(1)),
                "admin").secret();
        String example = Files.readString(Run.EXAMPLES.resolve("lighthouse-feature.yaml"));
        String linked = example
                .replace("  id: lighthouse-2026\n", "  id: " + code + "\n")
                .replace("production: lighthouse-2026", "production: " + code)
                .replace("  - id: mara\n    name: Mara Lindqvist\n",
                        "  - id: mara\n    name: Mara Lindqvist\n    registryId: " + mara + "\n");
        assertThat(linked).contains("registryId: " + mara).doesNotContain("lighthouse-2026");
        dossier = work.resolve("lighthouse-linked.yaml");
        Files.writeString(dossier, linked);
    }

    private String registry() {
        return "http://localhost:" + port;
    }

    private static Run audit(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new AuditCommand(Clock.systemUTC(), environment::get));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Map<String, String> withToken(String value) {
        Map<String, String> environment = new HashMap<>();
        environment.put("GUILDMARK_TOKEN", value);
        return environment;
    }

    @Test
    void a_registry_that_permits_every_use_gives_the_same_report_as_the_dossiers_own_consents() {
        Run offline = audit(Map.of(), dossier.toString(), "--format", "json", "--as-of", "2026-11-25");
        Run online = audit(withToken(token), dossier.toString(), "--format", "json", "--as-of", "2026-11-25",
                "--registry", registry());

        assertThat(online.exit()).as(online.toString()).isZero();
        assertThat(online.out()).isEqualTo(offline.out());
        assertThat(online.json().get("verdict").asString()).isEqualTo("certifiable");
    }

    @Test
    void a_withdrawal_in_the_registry_blocks_the_assets_made_after_it_took_effect() {
        Instant effective = Instant.parse("2026-05-13T00:00:00Z");
        rows.event(maraGrant, "withdrawn", Instant.parse("2026-04-13T00:00:00Z"), effective);

        Run run = audit(withToken(token), dossier.toString(), "--format", "json", "--as-of", "2026-11-25",
                "--registry", registry() + "/");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        JsonNode findings = run.json().get("findings");
        List<String> blocked = findings.valueStream()
                .filter(f -> f.get("rule").asString().equals("synthetic-likeness-has-valid-consent"))
                .map(f -> f.get("subject").asString() + " " + f.get("message").asString())
                .toList();
        assertThat(blocked).hasSize(2);
        assertThat(blocked).allMatch(f -> f.contains("The consent registry does not permit") && f.endsWith(": withdrawn."));
        assertThat(String.join("\n", blocked)).contains("sc18-sh080").contains("sc18-dlg01").doesNotContain("sc18-sh070");
    }

    @Test
    void an_unreachable_registry_stops_the_audit_with_exit_2_and_no_report() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path out = work.resolve("report.json");

        Run run = audit(withToken(token), dossier.toString(), "--format", "json", "--out", out.toString(),
                "--registry", "http://127.0.0.1:" + closedPort);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("cannot reach the consent registry at http://127.0.0.1:" + closedPort)
                .contains("no report written");
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void a_refused_token_stops_the_audit_with_exit_2_and_says_why() {
        Run run = audit(withToken("gmk_notarealtoken"), dossier.toString(), "--registry", registry());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("refused the token in GUILDMARK_TOKEN").contains("not known");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_token_of_another_organization_may_not_ask_about_this_production() {
        UUID northwind = rows.organization("Northwind Studios");
        IssuedToken theirs = tokens.issue(northwind, "audit", Set.of(TokenScope.CONSENT_CHECK),
                Instant.now().plus(Duration.ofDays(1)), "admin");

        Run run = audit(withToken(theirs.secret()), dossier.toString(), "--registry", registry());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("may not ask these questions").contains("question 1, production");
    }

    @Test
    void the_registry_needs_a_token_and_a_safe_address() {
        Run noToken = audit(Map.of(), dossier.toString(), "--registry", registry());
        Run plainHttp = audit(withToken(token), dossier.toString(), "--registry", "http://registry.example");

        assertThat(noToken.exit()).isEqualTo(2);
        assertThat(noToken.err()).contains("GUILDMARK_TOKEN");
        assertThat(plainHttp.exit()).isEqualTo(2);
        assertThat(plainHttp.err()).contains("use https://");
    }

    @Test
    void a_registry_id_that_is_not_a_uuid_makes_the_dossier_invalid_without_asking() throws IOException {
        Path bad = work.resolve("bad-registry-id.yaml");
        Files.writeString(bad, Files.readString(dossier).replace("registryId: " + mara, "registryId: mara-42"));

        Run run = audit(withToken(token), bad.toString(), "--registry", "http://127.0.0.1:9");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("registryId must be the person's id in the consent registry, a UUID");
        assertThat(run.err()).doesNotContain("cannot reach");
    }
}
