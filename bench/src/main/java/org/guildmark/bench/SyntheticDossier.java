package org.guildmark.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a realistic synthetic dossier of N assets, in JSON or YAML with the same content: a crew of 300 with
 * credits and engagements at schedule rates, five documented AI tools, consented digital replicas, and an asset
 * mix of mostly human shots, dialogue and sound with AI-enhanced, composite and generated work among them.
 * The same seed gives the same file.
 */
public final class SyntheticDossier {
    private static final String[] DEPARTMENTS = {"camera", "vfx", "sound", "music", "editorial", "art", "animation"};
    private static final String[] KINDS = {"shot", "shot", "shot", "dialogue", "dialogue", "sound", "music", "graphics"};
    private static final int CREW = 300;
    private static final int PERFORMERS = 20;

    private final long assets;
    private final boolean yaml;
    private final SplittableRandom random;

    public SyntheticDossier(long assets, boolean yaml, long seed) {
        this.assets = assets;
        this.yaml = yaml;
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticDossier ASSETS OUT.(json|yaml)");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        new SyntheticDossier(Long.parseLong(args[0]), out.toString().endsWith(".yaml"), 42).write(out);
    }

    public void write(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            if (yaml) {
                writeYaml(w);
            } else {
                writeJson(w);
            }
        }
    }

    // ---- JSON ---------------------------------------------------------------------------------------------

    private void writeJson(Writer w) throws IOException {
        w.write("{\"guildmark\":\"dossier/v1\",\n\"production\":{\"id\":\"synthetic-epic\",\"title\":\"Synthetic Epic\","
                + "\"type\":\"feature\",\"commercial\":true,\"territories\":[\"US\"],\"productionDate\":\"2026-04-01\"},\n");
        w.write("\"people\":[");
        for (int i = 0; i < CREW; i++) {
            w.write((i > 0 ? ",\n" : "\n") + "{\"id\":\"p" + i + "\",\"name\":\"Person " + i + "\"}");
        }
        w.write("],\n\"credits\":[");
        for (int i = 0; i < CREW; i++) {
            w.write((i > 0 ? ",\n" : "\n") + "{\"person\":\"p" + i + "\",\"role\":\"" + role(i)
                    + "\",\"department\":\"" + DEPARTMENTS[i % DEPARTMENTS.length] + "\",\"onScreen\":true}");
        }
        w.write("],\n\"engagements\":[");
        for (int i = 0; i < CREW; i++) {
            w.write((i > 0 ? ",\n" : "\n") + "{\"person\":\"p" + i + "\",\"role\":\"" + role(i)
                    + "\",\"start\":\"2026-03-01\",\"rate\":{\"amount\":\"150.00\",\"currency\":\"USD\",\"unit\":\"hour\"}}");
        }
        w.write("],\n\"rateSchedule\":\"aimeg-example-2026\",\n\"aiTools\":[");
        for (int t = 0; t < 5; t++) {
            w.write((t > 0 ? ",\n" : "\n") + "{\"id\":\"tool" + t + "\",\"name\":\"Tool " + t + "\",\"vendor\":\"Vendor\","
                    + "\"kind\":\"generative\",\"purposes\":[\"set extension\"],\"trainingData\":{\"sourcing\":\"licensed\"}}");
        }
        w.write("],\n\"consents\":[");
        for (int c = 0; c < PERFORMERS; c++) {
            w.write((c > 0 ? ",\n" : "\n") + "{\"id\":\"c" + c + "\",\"person\":\"p" + performer(c) + "\","
                    + "\"givenAt\":\"2026-01-10\",\"aspects\":[\"face\",\"voice\"],\"purposes\":[\"synthetic-media\"],"
                    + "\"scope\":{\"production\":\"synthetic-epic\"},\"validFrom\":\"2026-01-10\",\"validUntil\":\"2028-01-10\","
                    + "\"compensation\":{\"amount\":\"5000.00\",\"currency\":\"USD\",\"basis\":\"flat\"},"
                    + "\"revocation\":{\"contact\":\"rights@example.org\",\"noticeDays\":30},"
                    + "\"deletion\":{\"method\":\"delete models and takes\",\"withinDays\":30},"
                    + "\"informed\":{\"document\":\"consents/c" + c + ".pdf\",\"language\":\"en\"}}");
        }
        w.write("],\n\"displacements\":[],\n\"revenueShare\":{\"basis\":\"net-receipts\",\"creatorPoolPercent\":\"5\",\"participants\":[");
        for (int i = 0; i < CREW; i++) { // everyone shares: 1.33 + 299 × 0.33 = 100
            w.write((i > 0 ? "," : "") + "{\"person\":\"p" + i + "\",\"percent\":\"" + (i == 0 ? "1.33" : "0.33") + "\"}");
        }
        w.write("]},\n\"claims\":[],\n\"disclosure\":{\"declaredAdl\":3},\n\"attestations\":[");
        String[] clauses = {"2.4", "3.3", "5.1", "5.3", "6.1", "6.2", "7.1", "7.3"};
        for (int a = 0; a < clauses.length; a++) {
            w.write((a > 0 ? "," : "") + "{\"clause\":\"" + clauses[a] + "\",\"by\":\"p0\",\"at\":\"2026-08-01\",\"statement\":\"Attested.\"}");
        }
        w.write("],\n\"assets\":[");
        for (long i = 0; i < assets; i++) {
            w.write(i > 0 ? ",\n" : "\n");
            writeJsonAsset(w, i);
        }
        w.write("]}\n");
    }

    /** One asset's content, drawn from the random stream in the same order whatever the output format. */
    private record AssetSpec(long index, String kind, String department, String seconds, String use, String share,
            int tool, int prompter, int consent) {
    }

    private AssetSpec nextAsset(long i) {
        String kind = KINDS[random.nextInt(KINDS.length)];
        int roll = random.nextInt(100);
        String seconds = String.format(Locale.ROOT, "%.1f", 1 + random.nextDouble() * 20);
        String use = null;
        String share = null;
        int tool = -1;
        int prompter = -1;
        int consent = -1;
        if (roll >= 70) {
            use = roll < 80 ? "enhanced" : roll < 85 ? "assisted" : roll < 96 ? "composite" : "generated";
            prompter = random.nextInt(CREW);
            if (use.equals("composite")) {
                share = String.format(Locale.ROOT, "%.2f", 0.1 + random.nextDouble() * 0.6);
            }
            tool = random.nextInt(5);
            if (use.equals("composite") && random.nextInt(10) == 0) {
                consent = random.nextInt(PERFORMERS);
            }
        }
        return new AssetSpec(i, kind, DEPARTMENTS[(int) (i % DEPARTMENTS.length)], seconds, use, share, tool, prompter,
                consent);
    }

    private void writeJsonAsset(Writer w, long i) throws IOException {
        AssetSpec a = nextAsset(i);
        StringBuilder b = new StringBuilder(256);
        b.append("{\"id\":\"a").append(i).append("\",\"kind\":\"").append(a.kind()).append("\",\"department\":\"")
                .append(a.department()).append("\",\"seconds\":").append(a.seconds());
        if (a.use() != null) {
            b.append(",\"ai\":{\"use\":\"").append(a.use()).append('"');
            if (a.share() != null) {
                b.append(",\"share\":").append(a.share());
            }
            b.append(",\"tools\":[\"tool").append(a.tool()).append("\"],\"prompters\":[\"p").append(a.prompter())
                    .append("\"],\"generatedAt\":\"2026-05-02T10:00:00Z\"}");
            b.append(",\"oversight\":{\"directedBy\":\"p0\",\"reviewedBy\":[\"p3\"],\"approvedBy\":\"p0\"}");
            if (a.consent() >= 0) {
                b.append(",\"likeness\":[{\"person\":\"p").append(performer(a.consent()))
                        .append("\",\"aspects\":[\"face\"],\"synthetic\":true,\"consent\":\"c").append(a.consent()).append("\"}]");
            }
        }
        b.append('}');
        w.write(b.toString());
    }

    // ---- YAML: the same content in block style ------------------------------------------------------------

    private void writeYaml(Writer w) throws IOException {
        java.io.StringWriter header = new java.io.StringWriter();
        new SyntheticDossier(0, false, 0).writeJson(header);
        tools.jackson.databind.JsonNode tree = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(header.toString());
        ((tools.jackson.databind.node.ObjectNode) tree).remove("assets");
        String yamlHeader = tools.jackson.dataformat.yaml.YAMLMapper.builder()
                .disable(tools.jackson.dataformat.yaml.YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .build().writeValueAsString(tree);
        w.write(yamlHeader);
        w.write("assets:\n");
        StringBuilder b = new StringBuilder(512);
        for (long i = 0; i < assets; i++) {
            AssetSpec a = nextAsset(i);
            b.setLength(0);
            b.append("  - id: a").append(i).append("\n    kind: ").append(a.kind()).append("\n    department: ")
                    .append(a.department()).append("\n    seconds: ").append(a.seconds()).append('\n');
            if (a.use() != null) {
                b.append("    ai:\n      use: ").append(a.use()).append('\n');
                if (a.share() != null) {
                    b.append("      share: ").append(a.share()).append('\n');
                }
                b.append("      tools: [tool").append(a.tool()).append("]\n      prompters: [p").append(a.prompter())
                        .append("]\n      generatedAt: 2026-05-02T10:00:00Z\n");
                b.append("    oversight:\n      directedBy: p0\n      reviewedBy: [p3]\n      approvedBy: p0\n");
                if (a.consent() >= 0) {
                    b.append("    likeness:\n      - person: p").append(performer(a.consent()))
                            .append("\n        aspects: [face]\n        synthetic: true\n        consent: c")
                            .append(a.consent()).append('\n');
                }
            }
            w.write(b.toString());
        }
    }

    private static String role(int i) {
        return switch (i % 10) {
            case 0 -> "director";
            case 1 -> "prompter";
            case 2 -> "vfx-artist";
            case 3 -> "creative-supervisor";
            case 4 -> "editor";
            case 5 -> "performer";
            case 6 -> "sound-designer";
            case 7 -> "composer";
            case 8 -> "animator";
            default -> "grip";
        };
    }

    private static int performer(int c) {
        return c * 10 + 5;
    }
}
