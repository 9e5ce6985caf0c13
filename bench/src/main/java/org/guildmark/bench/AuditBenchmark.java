package org.guildmark.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
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
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--assets" -> assets = Long.parseLong(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: AuditBenchmark [--assets N] [--rounds R] [--dir DIR]");
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
            audit(warmJson, assets > 100_000 ? Math.min(assets, 100_000) : assets);
            audit(warmYaml, Math.min(assets, 100_000));
        }

        AuditReport fromJson = new AuditEngine().audit(json, "synthetic", LocalDate.parse("2026-11-25"));
        AuditReport fromYaml = new AuditEngine().audit(yaml, "synthetic", LocalDate.parse("2026-11-25"));
        if (!fromJson.adl().display().equals(fromYaml.adl().display()) || !fromJson.counts().equals(fromYaml.counts())
                || !fromJson.findings().equals(fromYaml.findings())) {
            throw new IllegalStateException("the JSON and YAML dossiers should audit alike");
        }
        System.out.printf(Locale.ROOT, "both encodings audit alike: %s, %s, findings %s%n", fromJson.adl().display(),
                fromJson.verdict().code(), fromJson.counts());

        long[] parse = new long[rounds];
        long[] parseValues = new long[rounds];
        long[] parseYaml = new long[rounds];
        long[] auditJson = new long[rounds];
        long[] auditYaml = new long[rounds];
        long peak = 0;
        for (int r = 0; r < rounds; r++) {
            parse[r] = timed(() -> parse(json));
            parseValues[r] = timed(() -> parseValues(json));
            resetPeaks();
            final long expected = assets;
            auditJson[r] = timed(() -> audit(json, expected));
            peak = Math.max(peak, peakHeap());
            auditYaml[r] = timed(() -> audit(yaml, expected));
            parseYaml[r] = timed(() -> parseYaml(yaml));
            System.out.printf(Locale.ROOT, "round %d: parse %.3f s · parse+values %.3f s · audit JSON %.3f s · "
                    + "audit YAML %.3f s · parse YAML %.3f s%n", r + 1, parse[r] / 1e9, parseValues[r] / 1e9,
                    auditJson[r] / 1e9, auditYaml[r] / 1e9, parseYaml[r] / 1e9);
        }
        double p = median(parse);
        double pv = median(parseValues);
        double a = median(auditJson);
        double y = median(auditYaml);
        double py = median(parseYaml);
        System.out.println();
        System.out.println("| measure | median |");
        System.out.println("|---|---|");
        System.out.printf(Locale.ROOT, "| streaming parse of the JSON file, tokens only (baseline) | %.3f s |%n", p / 1e9);
        System.out.printf(Locale.ROOT, "| streaming parse reading every value | %.3f s |%n", pv / 1e9);
        System.out.printf(Locale.ROOT, "| audit, JSON | %.3f s (%,.0f assets/s) |%n", a / 1e9, assets / (a / 1e9));
        System.out.printf(Locale.ROOT, "| audit, YAML | %.3f s |%n", y / 1e9);
        System.out.printf(Locale.ROOT, "| streaming parse of the YAML file, tokens only | %.3f s |%n", py / 1e9);
        System.out.printf(Locale.ROOT, "| audit JSON ÷ parse (tokens only) | **%.2f×** (target ≤ %.1f×) |%n", a / p, TARGET_JSON_RATIO);
        System.out.printf(Locale.ROOT, "| audit JSON ÷ parse reading every value | %.2f× |%n", a / pv);
        System.out.printf(Locale.ROOT, "| audit YAML ÷ audit JSON | **%.2f×** (target ≤ %.1f×) |%n", y / a, TARGET_YAML_RATIO);
        System.out.printf(Locale.ROOT, "| YAML parse alone ÷ audit JSON | %.2f× |%n", py / a);
        System.out.printf(Locale.ROOT, "| audit YAML ÷ YAML parse alone | %.2f× |%n", y / py);
        System.out.printf(Locale.ROOT, "| peak heap during the JSON audit | %d MiB (of %d MiB) |%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        boolean met = a / p <= TARGET_JSON_RATIO && y / a <= TARGET_YAML_RATIO;
        System.out.println(met ? "targets met" : "TARGETS MISSED");
        System.exit(met ? 0 : 1);
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
                .loadSettings(org.snakeyaml.engine.v2.api.LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build())
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

    static long audit(Path file, long expectedAssets) {
        AuditReport report = new AuditEngine().audit(file, file.toString(), LocalDate.parse("2026-11-25"));
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
