package org.guildmark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildmark.app.cli.Run.guildmark;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.guildmark.core.trust.status.StatusPurpose;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/** {@code guildmark verify --fetch} against a tiny issuer on 127.0.0.1 serving the real signed documents. */
class VerifyFetchTests {
    @TempDir
    Path dir;

    private HttpServer server;
    private SignedEvidence evidence;
    private String base;
    /** Path with query to body; a missing one answers 404. */
    private final Map<String, String> served = new ConcurrentHashMap<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String target = exchange.getRequestURI().toString();
            requested.add(target);
            String body = served.get(target);
            byte[] bytes = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        evidence = new SignedEvidence(base);
        served.put("/certificates/lighthouse.jwt", evidence.jws);
        served.put("/.well-known/jwks.json", evidence.jwks());
        served.put("/status/revocation-1", evidence.statusList(StatusPurpose.REVOCATION, false));
        served.put("/status/suspension-1", evidence.statusList(StatusPurpose.SUSPENSION, false));
        served.put("/log/checkpoint", evidence.checkpoint());
        served.put("/log/proof/inclusion?leaf=" + evidence.leafHex() + "&size=6", evidence.proof());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void fetches_the_certificate_and_all_its_evidence_and_verifies_it() {
        Run run = guildmark("verify", "--fetch", base + "/certificates/lighthouse.jwt", "--at",
                SignedEvidence.NOW.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).doesNotContain("FAIL", "SKIP").contains("PASS  log inclusion: issuance logged as entry "
                + "3 of 6").contains("Note: issuer keys: fetched from " + base + "/.well-known/jwks.json")
                .contains("Verdict: VALID");
        assertThat(requested).containsExactly("/certificates/lighthouse.jwt", "/.well-known/jwks.json",
                "/status/revocation-1", "/status/suspension-1", "/log/checkpoint",
                "/log/proof/inclusion?leaf=" + evidence.leafHex() + "&size=6");
    }

    @Test
    void saves_what_it_fetched_for_a_later_offline_run_that_gives_the_same_verdict() {
        Path saved = dir.resolve("evidence");

        Run run = guildmark("verify", "--fetch", base + "/certificates/lighthouse.jwt", "--save", saved.toString(),
                "--at", SignedEvidence.NOW.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(saved.resolve("certificate.jwt")).hasContent(evidence.jws);
        assertThat(saved.resolve("proof.json")).hasContent(evidence.proof());
        String again = run.err().lines().filter(l -> l.startsWith("  guildmark verify ")).findFirst().orElseThrow();
        assertThat(again).contains("--keys", "--status", "--checkpoint", "--proof");
        server.stop(0);

        List<String> words = List.of(again.strip().split(" "));
        List<String> args = new java.util.ArrayList<>(words.subList(1, words.size()));
        args.addAll(List.of("--at", SignedEvidence.NOW.toString()));
        Run offline = guildmark(args.toArray(String[]::new));
        assertThat(offline.exit()).as(offline.toString()).isZero();
        assertThat(offline.out()).contains("Verdict: VALID");
    }

    @Test
    void a_revoked_certificate_fetched_exits_1() {
        served.put("/status/revocation-1", evidence.statusList(StatusPurpose.REVOCATION, true));

        Run run = guildmark("verify", "--fetch", base + "/certificates/lighthouse.jwt", "--at",
                SignedEvidence.NOW.toString(), "--format", "json");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.json().get("verdict").asString()).isEqualTo("INVALID");
        assertThat(run.json().get("checks").get(3).get("outcome").asString()).isEqualTo("fail");
    }

    @Test
    void a_certificate_the_log_does_not_hold_fails_inclusion() {
        served.remove("/log/proof/inclusion?leaf=" + evidence.leafHex() + "&size=6");

        Run run = guildmark("verify", "--fetch", base + "/certificates/lighthouse.jwt", "--at",
                SignedEvidence.NOW.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL  log inclusion: the issuer's log has no issuance entry for this "
                + "certificate at size 6")
                .doesNotContain("--fetch CERTIFICATE-URL");
    }

    @Test
    void keys_given_with_keys_are_used_instead_of_the_served_ones() throws IOException {
        SignedEvidence impostor = new SignedEvidence(base);
        Path pinned = SignedEvidence.write(dir, "pinned.json", impostor.jwks());

        Run run = guildmark("verify", "--fetch", base + "/certificates/lighthouse.jwt", "--keys", pinned.toString(),
                "--at", SignedEvidence.NOW.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL  issuer signature: no key '" + evidence.key.kid() + "'");
        assertThat(requested).doesNotContain("/.well-known/jwks.json");
    }

    @Test
    void a_missing_or_garbage_download_exits_2_naming_the_url() {
        Run missing = guildmark("verify", "--fetch", base + "/certificates/nothing.jwt");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).startsWith("guildmark verify: cannot fetch " + base
                + "/certificates/nothing.jwt: the server answered HTTP 404");
        assertThat(missing.out()).isEmpty();

        served.put("/log/checkpoint", "<html>maintenance</html>");
        Run garbage = guildmark("verify", "--fetch", base + "/certificates/lighthouse.jwt");
        assertThat(garbage.exit()).isEqualTo(2);
        assertThat(garbage.err()).startsWith("guildmark verify: " + base + "/log/checkpoint is not a signed log "
                + "checkpoint").doesNotContain("Exception");
    }

    @Test
    void only_https_is_fetched_except_from_this_machine() throws IOException {
        Run run = guildmark("verify", "--fetch", "http://guild.example/certificates/x.jwt");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("'http://guild.example/certificates/x.jwt' is not https");

        Run notUrl = guildmark("verify", "--fetch", "guild.example/x.jwt");
        assertThat(notUrl.exit()).isEqualTo(2);
        assertThat(notUrl.err()).contains("is not an http(s) URL");

        Run offlineOptions = guildmark("verify", "--fetch", base + "/certificates/lighthouse.jwt", "--proof",
                Files.createFile(dir.resolve("p.json")).toString());
        assertThat(offlineOptions.exit()).isEqualTo(2);
        assertThat(offlineOptions.err()).contains("--status, --checkpoint and --proof are for offline runs");
        assertThat(requested).isEmpty();
    }
}
