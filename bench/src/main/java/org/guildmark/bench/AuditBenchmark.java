package org.guildmark.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.guildmark.core.audit.AuditEngine;
import org.guildmark.core.audit.Rules;
import org.guildmark.core.read.DossierReader;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.guildmark.core.audit.AuditReport;
import org.guildmark.core.audit.Verdict;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Audits a synthetic dossier of N assets (JSON and YAML, same content) and, in the same process, merely
 * parses the same JSON file with Jackson's streaming parser: the baseline. Reports medians over several
 * rounds, their ratios and the audit's peak heap. Run it with the heap the targets name ({@code -Xmx512m}).
 */
public final class AuditBenchmark {
    private static final double TARGET_JSON_RATIO = 1.5;
    private static final double TARGET_YAML_RATIO = 3.0;

    public static void main(String[] args) throws IOException {
        long assets = 1_000_000;
        int rounds = 3;
        Path dir = Path.of("bench", "out");
        boolean withYaml = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--assets" -> assets = Long.parseLong(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--json-only" -> withYaml = false;
                default -> {
                    System.err.println("usage: AuditBenchmark [--assets N] [--rounds R] [--dir DIR] [--json-only]");
                    System.exit(2);
                }
            }
        }
        Path json = ensure(dir, assets, false);
        Path yaml = ensure(dir, assets, true);
        Path warmJson = ensure(dir, Math.min(assets, 100_000), false);
        Path warmYaml = ensure(dir, Math.min(assets, 100_000), true);
        System.out.printf(Locale.ROOT, "dossier: %,d assets · JSON %,d bytes · YAML %,d bytes · max heap %d MiB · %s%n",
                assets, Files.size(json), Files.size(yaml), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));

        for (int i = 0; i < 3; i++) { // warm the JIT on a smaller file
            parse(warmJson);
            audit(warmJson, Math.min(assets, 100_000), SPLIT);
            audit(warmJson, Math.min(assets, 100_000), ALONE);
            if (withYaml) {
                audit(warmYaml, Math.min(assets, 100_000), SPLIT);
                parseYamlEngine(warmYaml, true);
            }
        }

        AuditReport fromJson = engine(SPLIT).audit(json, "synthetic", LocalDate.parse("2026-11-25"));
        AuditReport alone = engine(ALONE).audit(json, "synthetic", LocalDate.parse("2026-11-25"));
        if (!fromJson.equals(alone)) {
            throw new IllegalStateException("reading the assets with two threads should give the same report");
        }
        if (withYaml) {
            AuditReport fromYaml = engine(SPLIT).audit(yaml, "synthetic", LocalDate.parse("2026-11-25"));
            if (!fromJson.adl().equals(fromYaml.adl()) || !fromJson.counts().equals(fromYaml.counts())
                    || !fromJson.findings().equals(fromYaml.findings())) {
                throw new IllegalStateException("the JSON and YAML dossiers should audit alike");
            }
        }
        System.out.printf(Locale.ROOT, "the split and single reads audit alike%s: %s, %s, findings %s%n",
                withYaml ? ", and so do both encodings" : "", fromJson.adl().display(), fromJson.verdict().code(),
                fromJson.counts());

        long[] parse = new long[rounds];
        long[] parseValues = new long[rounds];
        long[] auditJson = new long[rounds];
        long[] auditAlone = new long[rounds];
        long[] cpuParse = new long[rounds];
        long[] cpuJson = new long[rounds];
        long[] cpuAlone = new long[rounds];
        long[] auditYaml = new long[rounds];
        long[] parseYaml = new long[rounds];
        long[] engineYaml = new long[rounds];
        long[] engineYamlNoMarks = new long[rounds];
        long[] engineYamlTwo = new long[rounds];
        long peak = 0;
        for (int r = 0; r < rounds; r++) {
            long c0 = cpu();
            parse[r] = timed(() -> parse(json));
            cpuParse[r] = cpu() - c0;
            parseValues[r] = timed(() -> parseValues(json));
            resetPeaks();
            final long expected = assets;
            long c1 = cpu();
            auditJson[r] = timed(() -> audit(json, expected, SPLIT));
            cpuJson[r] = cpu() - c1;
            peak = Math.max(peak, peakHeap());
            long c2 = cpu();
            auditAlone[r] = timed(() -> audit(json, expected, ALONE));
            cpuAlone[r] = cpu() - c2;
            System.out.printf(Locale.ROOT, "round %d: parse %.3f s · parse+values %.3f s · audit JSON %.3f s (CPU %.3f s) · "
                    + "audit JSON, one reading thread %.3f s (CPU %.3f s)%n", r + 1, parse[r] / 1e9, parseValues[r] / 1e9,
                    auditJson[r] / 1e9, cpuJson[r] / 1e9, auditAlone[r] / 1e9, cpuAlone[r] / 1e9);
            if (withYaml) {
                auditYaml[r] = timed(() -> audit(yaml, expected, SPLIT));
                parseYaml[r] = timed(() -> parseYaml(yaml));
                engineYaml[r] = timed(() -> parseYamlEngine(yaml, true));
                engineYamlNoMarks[r] = timed(() -> parseYamlEngine(yaml, false));
                engineYamlTwo[r] = timed(() -> parseYamlEngineInTwo(yaml));
                System.out.printf(Locale.ROOT, "         audit YAML %.3f s · Jackson YAML tokens %.3f s · SnakeYAML Engine "
                        + "events %.3f s · without marks %.3f s · two threads, each half %.3f s%n", auditYaml[r] / 1e9,
                        parseYaml[r] / 1e9, engineYaml[r] / 1e9, engineYamlNoMarks[r] / 1e9, engineYamlTwo[r] / 1e9);
            }
        }
        double p = median(parse);
        double pv = median(parseValues);
        double a = median(auditJson);
        double a1 = median(auditAlone);
        System.out.println();
        System.out.println("| measure | median |");
        System.out.println("|---|---|");
        System.out.printf(Locale.ROOT, "| streaming parse of the JSON file, tokens only (baseline) | %.3f s (%.0f MB/s) |%n",
                p / 1e9, mbps(json, p));
        System.out.printf(Locale.ROOT, "| streaming parse reading every value | %.3f s |%n", pv / 1e9);
        System.out.printf(Locale.ROOT, "| audit, JSON | %.3f s (%,.0f assets/s, %.0f MB/s) |%n", a / 1e9,
                assets / (a / 1e9), mbps(json, a));
        System.out.printf(Locale.ROOT, "| audit, JSON, assets read by one thread | %.3f s |%n", a1 / 1e9);
        System.out.printf(Locale.ROOT, "| **audit JSON ÷ parse (tokens only)** | **%.2f×** (target ≤ %.1f×) |%n", a / p,
                TARGET_JSON_RATIO);
        System.out.printf(Locale.ROOT, "| audit JSON, one reading thread ÷ parse (tokens only) | %.2f× |%n", a1 / p);
        System.out.printf(Locale.ROOT, "| audit JSON ÷ parse reading every value | %.2f× |%n", a / pv);
        double cp = median(cpuParse);
        double cj = median(cpuJson);
        double ca = median(cpuAlone);
        System.out.printf(Locale.ROOT, "| CPU time: parse (tokens only) · audit JSON · audit JSON, one reading thread | %.3f s · %.3f s · %.3f s |%n",
                cp / 1e9, cj / 1e9, ca / 1e9);
        System.out.printf(Locale.ROOT, "| cores the audit JSON had on average (CPU time ÷ wall time) | %.2f |%n", cj / a);
        // On a shared machine the wall times say how much CPU the process was given; the CPU times say how much
        // work each did. Half the audit's CPU time against the parse's is the ratio two free cores would give at best.
        System.out.printf(Locale.ROOT, "| audit JSON CPU time ÷ 2 cores ÷ parse (tokens only) CPU time | %.2f× |%n", cj / 2 / cp);
        System.out.printf(Locale.ROOT, "| cores the parse had on average (CPU time ÷ wall time) | %.2f |%n", cp / p);
        System.out.printf(Locale.ROOT, "| peak heap during the JSON audit | %d MiB (of %d MiB; sum of the heap pools' peaks) |%n",
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        boolean met = a / p <= TARGET_JSON_RATIO;
        if (withYaml) {
            double y = median(auditYaml);
            double py = median(parseYaml);
            double ey = median(engineYaml);
            double en = median(engineYamlNoMarks);
            double e2 = median(engineYamlTwo);
            System.out.printf(Locale.ROOT, "| audit, YAML | %.3f s (%.1f MB/s) |%n", y / 1e9, mbps(yaml, y));
            System.out.printf(Locale.ROOT, "| Jackson YAML parser, tokens only | %.3f s (%.1f MB/s) |%n", py / 1e9, mbps(yaml, py));
            System.out.printf(Locale.ROOT, "| SnakeYAML Engine parser alone, events | %.3f s (%.1f MB/s) |%n", ey / 1e9, mbps(yaml, ey));
            System.out.printf(Locale.ROOT, "| SnakeYAML Engine parser alone, events without marks | %.3f s (%.1f MB/s) |%n", en / 1e9,
                    mbps(yaml, en));
            System.out.printf(Locale.ROOT, "| SnakeYAML Engine parser, the two halves of the assets on two threads | %.3f s (%.1f MB/s) |%n",
                    e2 / 1e9, mbps(yaml, e2));
            System.out.printf(Locale.ROOT, "| **audit YAML ÷ audit JSON** | **%.2f×** (target ≤ %.1f×) |%n", y / a, TARGET_YAML_RATIO);
            System.out.printf(Locale.ROOT, "| Jackson YAML tokens alone ÷ audit JSON | %.2f× |%n", py / a);
            System.out.printf(Locale.ROOT, "| SnakeYAML Engine events alone ÷ audit JSON | %.2f× |%n", ey / a);
            System.out.printf(Locale.ROOT, "| SnakeYAML Engine events without marks ÷ audit JSON | %.2f× |%n", en / a);
            System.out.printf(Locale.ROOT, "| SnakeYAML Engine on two threads ÷ audit JSON | %.2f× |%n", e2 / a);
            System.out.printf(Locale.ROOT, "| audit YAML ÷ Jackson YAML tokens alone | %.2f× |%n", y / py);
            met &= y / a <= TARGET_YAML_RATIO;
        }
        System.out.println(met ? "targets met" : "TARGETS MISSED");
        System.exit(met ? 0 : 1);
    }

    private static final DossierReader.Split SPLIT = DossierReader.Split.DEFAULT;
    private static final DossierReader.Split ALONE = DossierReader.Split.NEVER;

    private static AuditEngine engine(DossierReader.Split split) {
        return new AuditEngine(Rules.all(), AuditEngine.DEFAULT_FINDINGS_PER_RULE, split);
    }

    /** The CPU time of the whole process so far, every thread (the audit's helpers included). */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double mbps(Path file, double nanos) {
        try {
            return Files.size(file) / 1e6 / (nanos / 1e9);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path ensure(Path dir, long assets, boolean yaml) throws IOException {
        Path file = dir.resolve("synthetic-" + assets + (yaml ? ".yaml" : ".json"));
        if (!Files.exists(file)) {
            System.out.printf(Locale.ROOT, "generating %s …%n", file);
            new SyntheticDossier(assets, yaml, 42).write(file);
        }
        return file;
    }

    /** The baseline: every token of the file through Jackson's streaming parser, nothing else. */
    static long parse(Path file) {
        long tokens = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), in)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return tokens;
    }

    /**
     * A second reference: every token, and every value read as the parser delivers it (text decoded, numbers
     * converted), still building nothing. Jackson decodes a string only when asked, so this is the cheapest
     * parse that actually looks at the values an audit must read.
     */
    static long parseValues(Path file) {
        long chars = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), in)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case PROPERTY_NAME -> chars += parser.currentName().length();
                    case VALUE_STRING -> chars += parser.getString().length();
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> chars += parser.getNumberValue().intValue();
                    default -> chars++;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return chars;
    }

    /** A reference for YAML: every token of the YAML file through Jackson's YAML parser (SnakeYAML Engine). */
    static long parseYaml(Path file) {
        long tokens = 0;
        tools.jackson.dataformat.yaml.YAMLFactory yaml = tools.jackson.dataformat.yaml.YAMLFactory.builder()
                .loadSettings(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build())
                .build();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                JsonParser parser = yaml.createParser(ObjectReadContext.empty(), in)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return tokens;
    }

    /**
     * SnakeYAML Engine's own parser over the YAML file, every event, without Jackson: what the YAML library
     * itself costs. {@code marks} off drops the line and column of each event, which error reports need.
     */
    static long parseYamlEngine(Path file, boolean marks) {
        LoadSettings settings = LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).setUseMarks(marks).build();
        long events = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, in));
            while (parser.hasNext()) {
                parser.next();
                events++;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return events;
    }

    /**
     * The best a split read of the YAML file could do with SnakeYAML Engine: the file cut at an asset of the
     * block sequence near its middle, each half parsed on its own thread (the second as a sequence of its own).
     */
    static long parseYamlEngineInTwo(Path file) {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
            long size = channel.size();
            java.nio.ByteBuffer window = java.nio.ByteBuffer.allocate(1 << 16);
            channel.read(window, size / 2);
            String near = new String(window.array(), 0, window.position(), StandardCharsets.ISO_8859_1);
            long middle = size / 2 + near.indexOf("\n  - ") + 1;
            java.util.concurrent.CompletableFuture<Long> later = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> parseYamlStream(new java.io.SequenceInputStream(
                            new java.io.ByteArrayInputStream("assets:\n".getBytes(StandardCharsets.UTF_8)),
                            range(file, middle, size))));
            return parseYamlStream(range(file, 0, middle)) + later.join();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static InputStream range(Path file, long from, long to) {
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            in.skipNBytes(from);
            return new java.io.FilterInputStream(in) {
                long left = to - from;

                @Override
                public int read() throws IOException {
                    if (left <= 0) {
                        return -1;
                    }
                    left--;
                    return super.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (left <= 0) {
                        return -1;
                    }
                    int n = super.read(b, off, (int) Math.min(len, left));
                    if (n > 0) {
                        left -= n;
                    }
                    return n;
                }
            };
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long parseYamlStream(InputStream bytes) {
        LoadSettings settings = LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();
        long events = 0;
        try (Reader in = new java.io.InputStreamReader(bytes, StandardCharsets.UTF_8)) {
            ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, in));
            while (parser.hasNext()) {
                parser.next();
                events++;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return events;
    }

    static long audit(Path file, long expectedAssets, DossierReader.Split split) {
        AuditReport report = engine(split).audit(file, file.toString(), LocalDate.parse("2026-11-25"));
        if (report.verdict() == Verdict.INVALID || report.assets() != expectedAssets) {
            throw new IllegalStateException("benchmark dossier did not audit cleanly: " + report.errors());
        }
        return report.assets();
    }

    private static long timed(LongSupplier work) {
        System.gc();
        long start = System.nanoTime();
        long sink = work.getAsLong();
        long elapsed = System.nanoTime() - start;
        if (sink < 0) {
            System.out.println(sink);
        }
        return elapsed;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : heapPools()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap the audit held at once. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pools.add(pool);
            }
        }
        return pools;
    }
}
