package org.guildmark.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The HTTP consent check on PostgreSQL with a million grants: the packaged server ({@code app/target/guildmark.jar})
 * on a random loopback port, in a fresh schema dropped afterwards. Single checks at a fixed open-loop rate beside
 * {@code /actuator/health} at the same rate (the baseline), and the batch endpoint's throughput with a few
 * concurrent clients. Latency is measured from the instant each request was due, so a stalled server cannot hide
 * its queue (no coordinated omission). Every loop is bounded; the server is stopped and the schema dropped however
 * the run ends.
 */
public final class ConsentHttpBenchmark {

    private static final double P99_TARGET_MS = 10.0;
    private static final double BATCH_TARGET = 50_000;
    private static final int BATCH_SIZE = 1000;

    private record Options(String db, String dbUser, int grants, int rate, int seconds, int warmup, int clients,
            int batchSeconds, Path jar) {

        static Options parse(String[] args) {
            String db = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
            String user = "postgres";
            int grants = 1_000_000;
            int rate = 1000;
            int seconds = 20;
            int warmup = 10;
            int clients = 4;
            int batchSeconds = 15;
            Path jar = Path.of("app/target/guildmark.jar");
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--db" -> db = args[++i];
                    case "--db-user" -> user = args[++i];
                    case "--grants" -> grants = Integer.parseInt(args[++i]) / 2 * 2;
                    case "--rate" -> rate = Integer.parseInt(args[++i]);
                    case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    case "--clients" -> clients = Integer.parseInt(args[++i]);
                    case "--batch-seconds" -> batchSeconds = Integer.parseInt(args[++i]);
                    case "--jar" -> jar = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(db, user, grants, rate, seconds, warmup, clients, batchSeconds, jar);
        }
    }

    private ConsentHttpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        String schema = "bench_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        String schemaUrl = options.db() + (options.db().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        execute(options.db(), "CREATE SCHEMA " + schema);
        Path dataDir = Files.createTempDirectory("guildmark-bench-");
        Process server = null;
        boolean met;
        try {
            int port = freePort();
            server = start(options, schemaUrl, port, dataDir);
            URI base = URI.create("http://127.0.0.1:" + port);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(5)).build();
            awaitHealthy(client, base, server);

            long loadStart = System.nanoTime();
            String token;
            try (Connection connection = DriverManager.getConnection(schemaUrl)) {
                RegistryLoad.load(connection, options.grants());
                token = RegistryLoad.token(connection);
            }
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            System.out.printf(Locale.ROOT, "loaded %,d grants for %,d people in %.1f s (generate_series, ANALYZE)%n",
                    options.grants(), options.grants() / 2, loadSeconds);

            Requests requests = new Requests(base, token, options.grants() / 2);
            System.out.printf(Locale.ROOT, "sample answer: %s%n", send(client, requests.check()).body());

            System.out.printf("warming up %d s at %d req/s on each endpoint%n", options.warmup(), options.rate());
            openLoop(client, requests::health, options.rate(), options.warmup());
            openLoop(client, requests::check, options.rate(), options.warmup());
            batchThroughput(client, requests, options.clients(), Math.max(3, options.warmup() / 2));

            Result health = openLoop(client, requests::health, options.rate(), options.seconds());
            Result check = openLoop(client, requests::check, options.rate(), options.seconds());
            double batch = batchThroughput(client, requests, options.clients(), options.batchSeconds());
            String mix = permitShare(send(client, requests.batch()).body());

            System.out.println();
            System.out.printf(Locale.ROOT, "| measure (%d req/s open loop, %d s, %,d grants) | p50 | p99 | max | errors |%n",
                    options.rate(), options.seconds(), options.grants());
            System.out.println("|---|---|---|---|---|");
            health.print("GET /actuator/health (baseline)");
            check.print("POST /api/v1/consent-checks");
            System.out.printf(Locale.ROOT, "| **check ÷ health** | %.2f× | %.2f× | | |%n",
                    check.p50() / health.p50(), check.p99() / health.p99());
            System.out.printf(Locale.ROOT, "%nbatch endpoint, %d clients, batches of %d: %,.0f checks/s (%s permit)%n",
                    options.clients(), BATCH_SIZE, batch, mix);
            boolean p99Met = check.p99() <= P99_TARGET_MS && check.errors() == 0;
            boolean batchMet = batch >= BATCH_TARGET;
            System.out.printf(Locale.ROOT, "p99 %.2f ms (target ≤ %.0f ms): %s; batch %,.0f checks/s (target ≥ %,.0f): %s%n",
                    check.p99(), P99_TARGET_MS, p99Met ? "met" : "not met", batch, BATCH_TARGET,
                    batchMet ? "met" : "not met");
            met = p99Met && batchMet;
        } finally {
            if (server != null) {
                server.destroy();
                if (!server.waitFor(30, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
            execute(options.db(), "DROP SCHEMA " + schema + " CASCADE");
            deleteTree(dataDir);
        }
        System.exit(met ? 0 : 1);
    }

    /** Pre-built request bodies for a realistic mix of people and productions. */
    private static final class Requests {
        private final URI health;
        private final URI check;
        private final URI batch;
        private final String token;
        private final String[] checks = new String[65_536];
        private final String[] batches = new String[16];
        private final AtomicLong next = new AtomicLong();

        Requests(URI base, String token, int people) {
            this.health = base.resolve("/actuator/health");
            this.check = base.resolve("/api/v1/consent-checks");
            this.batch = base.resolve("/api/v1/consent-checks/batch");
            this.token = token;
            SplittableRandom random = new SplittableRandom(42);
            for (int i = 0; i < checks.length; i++) {
                checks[i] = query(random, people);
            }
            for (int b = 0; b < batches.length; b++) {
                StringBuilder body = new StringBuilder("{\"queries\":[");
                for (int i = 0; i < BATCH_SIZE; i++) {
                    body.append(i == 0 ? "" : ",").append(query(random, people));
                }
                batches[b] = body.append("]}").toString();
            }
        }

        /** Mostly the production the person's grant names (voice, synthetic media); a fifth another production. */
        private static String query(SplittableRandom random, int people) {
            int person = random.nextInt(people);
            int production = random.nextInt(5) == 0 ? random.nextInt(RegistryLoad.PRODUCTIONS)
                    : person % RegistryLoad.PRODUCTIONS;
            return "{\"person\":\"" + RegistryLoad.person(person) + "\",\"production\":\""
                    + RegistryLoad.productionCode(production) + "\",\"aspects\":[\"voice\"],"
                    + "\"purpose\":\"synthetic-media\"}";
        }

        HttpRequest health() {
            return HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(30)).GET().build();
        }

        HttpRequest check() {
            return post(check, checks[(int) (next.getAndIncrement() & (checks.length - 1))]);
        }

        HttpRequest batch() {
            return post(batch, batches[(int) (next.getAndIncrement() & (batches.length - 1))]);
        }

        private HttpRequest post(URI uri, String body) {
            return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }
    }

    /** Latencies in microseconds and the number of failed or non-200 answers. */
    private record Result(Histogram latencies, long errors) {
        double p50() {
            return latencies.getValueAtPercentile(50) / 1000.0;
        }

        double p99() {
            return latencies.getValueAtPercentile(99) / 1000.0;
        }

        double max() {
            return latencies.getMaxValue() / 1000.0;
        }

        void print(String name) {
            System.out.printf(Locale.ROOT, "| %s | %.2f ms | %.2f ms | %.2f ms | %d of %,d |%n", name, p50(), p99(),
                    max(), errors, latencies.getTotalCount());
        }
    }

    /** Sends {@code rate} requests a second for {@code seconds}, each on its schedule whatever the answers do. */
    private static Result openLoop(HttpClient client, java.util.function.Supplier<HttpRequest> requests, int rate,
            int seconds) throws InterruptedException {
        long total = (long) rate * seconds;
        long interval = 1_000_000_000L / rate;
        ConcurrentHistogram latencies = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);
        AtomicLong errors = new AtomicLong();
        CountDownLatch answered = new CountDownLatch((int) total);
        long start = System.nanoTime() + 1_000_000;
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            client.sendAsync(requests.get(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                latencies.recordValue(Math.min(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - due),
                        TimeUnit.SECONDS.toMicros(60)));
                if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                answered.countDown();
            });
        }
        if (!answered.await(60, TimeUnit.SECONDS)) {
            errors.addAndGet(answered.getCount());
        }
        return new Result(latencies, errors.get());
    }

    /** Checks a second through the batch endpoint, {@code clients} clients each sending one batch after another. */
    private static double batchThroughput(HttpClient client, Requests requests, int clients, int seconds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long start = System.nanoTime();
        List<Future<Long>> counts = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            counts.add(pool.submit(() -> {
                long checks = 0;
                while (System.nanoTime() < end) {
                    HttpResponse<String> response = send(client, requests.batch());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("batch answered " + response.statusCode() + ": "
                                + response.body());
                    }
                    checks += BATCH_SIZE;
                }
                return checks;
            }));
        }
        long checks = 0;
        for (Future<Long> count : counts) {
            checks += count.get(seconds + 60L, TimeUnit.SECONDS);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return checks / elapsed;
    }

    private static String permitShare(String body) {
        int permits = body.split("\"decision\":\"permit\"", -1).length - 1;
        int all = body.split("\"decision\":", -1).length - 1;
        return String.format(Locale.ROOT, "%.0f %%", 100.0 * permits / Math.max(1, all));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request)
            throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Process start(Options options, String schemaUrl, int port, Path dataDir) throws IOException {
        if (!Files.isRegularFile(options.jar())) {
            throw new IllegalStateException(options.jar() + " is missing; build it with ./mvnw -DskipTests package");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar", options.jar().toString(), "serve",
                "--port", Integer.toString(port), "--data", dataDir.toString())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("server.out").toFile());
        builder.environment().put("GUILDMARK_DB_URL", schemaUrl);
        builder.environment().put("GUILDMARK_DB_USER", options.dbUser());
        builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
        builder.environment().put("GUILDMARK_ADMIN_PASSWORD", randomSecret());
        builder.environment().put("GUILDMARK_KEY_PASSPHRASE", randomSecret());
        return builder.start();
    }

    private static void awaitHealthy(HttpClient client, URI base, Process server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server stopped while starting, exit " + server.exitValue());
            }
            try {
                if (send(client, HttpRequest.newBuilder(base.resolve("/actuator/health")).GET().build())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not become healthy within 180 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new java.security.SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
