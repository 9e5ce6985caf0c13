package org.guildmark.app.registry;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Killing the server (SIGKILL) while it records grants loses no grant it acknowledged and leaves none half
 * written. The packaged jar runs with the demo guild on the storage a subclass names; the performer Mara records
 * grants from several threads until the process is killed; a restart on the same storage must show every
 * acknowledged grant whole, and the database must hold no grant without its first event, aspects, purposes and
 * receipt. Integration tests (Failsafe, after {@code package}): {@link ServerKilledMidRequestIT} on the embedded
 * H2 file, where the database dies with the server, and {@link ServerKilledMidRequestOnPostgresIT}.
 */
abstract class ServerKilledMidRequestContract {

    private static final Path JAR = Path.of("target", "guildmark.jar");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int WRITERS = 6;

    @TempDir
    Path dataDir;

    /** Points the server's environment at the storage under test. */
    abstract void useStorage(Map<String, String> environment);

    /** A connection to the same storage, to look at the rows themselves. */
    abstract Connection openStorage() throws Exception;

    @Test
    @Timeout(1200)
    void a_killed_server_keeps_every_acknowledged_grant_whole_and_no_half_written_one() throws Exception {
        assertThat(JAR).as("the jar 'package' builds").isRegularFile();
        int port = freePort();
        URI base = URI.create("http://127.0.0.1:" + port);

        Process first = start(port, "first");
        Map<String, JsonNode> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger attempted = new AtomicInteger();
        try {
            Session mara = Session.signIn(base, first);
            JsonNode template = mara.get("/api/v1/grants?limit=1").get("grants").get(0);
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                writers.submit(() -> {
                    for (int i = 0; i < 10_000 && first.isAlive(); i++) {
                        String body = grantBody(template, attempted.incrementAndGet());
                        try {
                            HttpResponse<String> created = mara.post("/api/v1/grants", body);
                            if (created.statusCode() == 201) {
                                acknowledged.put(JSON.readTree(created.body()).get("id").asString(),
                                        JSON.readTree(body));
                            }
                        } catch (IOException killed) {
                            return null;
                        }
                    }
                    return null;
                });
            }
            // Kill it in the middle of the stream, once it has acknowledged a good number of grants.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() < 60 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            first.destroyForcibly();
        }
        assertThat(acknowledged).as("grants acknowledged before the kill").hasSizeGreaterThanOrEqualTo(60);
        assertThat(attempted.get()).as("requests still in flight when it was killed").isGreaterThan(acknowledged.size());

        Process second = start(port, "second");
        try {
            Session mara = Session.signIn(base, second);
            for (Map.Entry<String, JsonNode> grant : acknowledged.entrySet()) {
                JsonNode stored = mara.get("/api/v1/grants/" + grant.getKey());
                JsonNode sent = grant.getValue();
                assertThat(stored.get("status").asString()).isEqualTo("given");
                assertThat(stored.get("history")).hasSize(1);
                assertThat(stored.get("history").get(0).get("status").asString()).isEqualTo("given");
                assertThat(texts(stored.get("aspects"))).containsExactlyInAnyOrderElementsOf(texts(sent.get("aspects")));
                assertThat(texts(stored.get("purposes"))).containsExactlyInAnyOrderElementsOf(
                        texts(sent.get("purposes")));
                assertThat(stored.get("informed").get("document").asString())
                        .isEqualTo(sent.get("informed").get("document").asString());
            }
        } finally {
            second.destroy();
            if (!second.waitFor(60, TimeUnit.SECONDS)) {
                second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }

        try (Connection db = openStorage(); Statement sql = db.createStatement()) {
            assertThat(rows(sql, """
                    SELECT g.id || ' ' || g.informed_document
                           || CASE WHEN NOT EXISTS (SELECT 1 FROM consent_event e WHERE e.grant_id = g.id)
                                   THEN ' no-event' ELSE '' END
                           || CASE WHEN NOT EXISTS (SELECT 1 FROM consent_grant_aspect a WHERE a.grant_id = g.id)
                                   THEN ' no-aspect' ELSE '' END
                           || CASE WHEN NOT EXISTS (SELECT 1 FROM consent_grant_purpose p WHERE p.grant_id = g.id)
                                   THEN ' no-purpose' ELSE '' END
                           || CASE WHEN NOT EXISTS (SELECT 1 FROM consent_receipt r WHERE r.grant_id = g.id)
                                   THEN ' no-receipt' ELSE '' END
                    FROM consent_grant g
                    WHERE NOT EXISTS (SELECT 1 FROM consent_event e WHERE e.grant_id = g.id)
                       OR NOT EXISTS (SELECT 1 FROM consent_grant_aspect a WHERE a.grant_id = g.id)
                       OR NOT EXISTS (SELECT 1 FROM consent_grant_purpose p WHERE p.grant_id = g.id)
                       OR (g.informed_document LIKE 'consents/crash-%'
                           AND NOT EXISTS (SELECT 1 FROM consent_receipt r WHERE r.grant_id = g.id))"""))
                    .as("grants without their first event, aspects or purposes, or (those recorded through the API, "
                            + "unlike the demo's seed) their receipt; the first server's output ended:%n%s",
                            tail("first"))
                    .isEmpty();
            assertThat(count(sql, "SELECT count(*) FROM consent_grant WHERE informed_document LIKE 'consents/crash-%'"))
                    .as("every acknowledged grant is stored, and only whole ones besides")
                    .isGreaterThanOrEqualTo(acknowledged.size())
                    .isLessThanOrEqualTo(attempted.get());
        }
    }

    /** The last lines a server printed, for a failure's message. */
    private String tail(String name) throws IOException {
        List<String> lines = Files.readAllLines(output(name));
        return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private Path output(String name) {
        return dataDir.resolveSibling(dataDir.getFileName() + "-" + name + ".out");
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> rows(Statement sql, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery(query)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    /** A grant like Mara's demo grant, with its own consent document so it can be told apart. */
    private static String grantBody(JsonNode template, int n) {
        return """
                {"person": "%s", "grantee": "%s", "aspects": ["face", "voice"], "purposes": ["synthetic-media"],
                 "scope": {"production": "%s"}, "validFrom": "2026-01-01", "validUntil": "2027-12-31",
                 "revocation": {"contact": "rights@harbor.example", "noticeDays": 30},
                 "deletion": {"method": "Delete the voice model and derived takes", "withinDays": 30},
                 "informed": {"document": "consents/crash-%d.pdf", "language": "en"},
                 "evidence": {"sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                              "explainedBy": "Officer Kim", "language": "en"}}"""
                .formatted(template.get("person").asString(), template.get("grantee").asString(),
                        template.get("scope").get("production").asString(), n);
    }

    private Process start(int port, String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-jar", JAR.toString(), "serve", "--demo",
                "--port", Integer.toString(port), "--data", dataDir.toString())
                .redirectErrorStream(true)
                .redirectOutput(output(name).toFile());
        builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
        builder.environment().remove("GUILDMARK_DB_URL");
        useStorage(builder.environment());
        Process process = builder.start();
        // The demo guild is seeded after the server starts listening and announced once it is ready.
        Path out = output(name);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(400);
        while (!(Files.exists(out) && Files.readString(out).contains("Sign in at /login"))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("the demo server did not get ready: " + Files.readString(out));
            }
            Thread.sleep(250);
        }
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Mara's browser session: cookies and the CSRF token of her signed-in pages. */
    private record Session(HttpClient client, URI base, String csrf) {

        static Session signIn(URI base, Process server) throws Exception {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
            String page = awaitLoginPage(client, base, server);
            HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(base.resolve("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=mara&password=lighthouse-demo&_csrf="
                            + csrf(page)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).as("sign-in redirects").isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
            String home = client.send(HttpRequest.newBuilder(base.resolve("/")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return new Session(client, base, csrf(home));
        }

        private static String awaitLoginPage(HttpClient client, URI base, Process server) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline && server.isAlive()) {
                try {
                    HttpResponse<String> page = client.send(HttpRequest.newBuilder(base.resolve("/login")).GET()
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (page.statusCode() == 200) {
                        return page.body();
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(250);
            }
            throw new AssertionError("the server did not serve /login within 120 s (alive: " + server.isAlive() + ")");
        }

        private static String csrf(String page) {
            Matcher matcher = CSRF.matcher(page);
            assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
            return matcher.group(1);
        }

        JsonNode get(String path) throws Exception {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        }

        HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
