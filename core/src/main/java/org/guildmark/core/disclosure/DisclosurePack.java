package org.guildmark.core.disclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.guildmark.core.audit.AuditEngine;
import org.guildmark.core.audit.AuditReport;
import org.guildmark.core.audit.EffectiveTool;
import org.guildmark.core.dossier.AiTool;
import org.guildmark.core.evidence.mlbom.MlBom;
import org.guildmark.core.evidence.mlbom.MlBomReader;
import org.guildmark.core.code.Catalogs;
import org.guildmark.core.code.Clause;
import org.guildmark.core.dossier.Dossier;
import org.guildmark.core.dossier.DossierIndex;
import org.guildmark.core.read.DossierReader;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes everything a production publishes about its AI use: the disclosure statement (Markdown, HTML, text),
 * the credit roll (text, JSON), on-screen labels, schema.org JSON-LD, a C2PA manifest definition for each
 * delivered AI-touched asset, and a manifest of SHA-256 sums. The pack is built beside the target directory and
 * moved into place whole, so a failed run never leaves half a pack.
 */
public final class DisclosurePack {
    public static final String FORMAT = "disclosure-pack/v1";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The audit the pack rests on and the files written (relative to the pack), or none if the dossier is invalid. */
    public record Result(AuditReport audit, List<String> files, List<String> notes) {
    }

    /** Raised when the target directory holds something other than an earlier pack. */
    public static final class TargetNotAPack extends RuntimeException {
        TargetNotAPack(Path target) {
            super(target + " exists and is not an empty directory or an earlier disclosure pack; choose a new directory");
        }
    }

    public Result write(Path dossier, String displayName, Path target, LocalDate asOf) {
        AuditReport audit = new AuditEngine().audit(dossier, displayName, asOf);
        if (audit.adl() == null) {
            return new Result(audit, List.of(), List.of());
        }
        Path out = target.toAbsolutePath().normalize();
        refuseForeign(out);
        try {
            Files.createDirectories(out.getParent());
            Path staging = Files.createTempDirectory(out.getParent(), ".guildmark-pack-");
            try {
                List<String> notes = build(dossier, displayName, audit, staging);
                List<String> files = listFiles(staging);
                replace(out, staging);
                return new Result(audit, files, notes);
            } finally {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> build(Path dossier, String displayName, AuditReport audit, Path staging) throws IOException {
        PackAssets[] current = {null};
        DossierReader reader = new DossierReader(Catalogs.allClauses().map(Clause::id).collect(Collectors.toSet()));
        var read = reader.read(dossier, displayName, index -> {
            if (current[0] != null) {
                current[0].discard();
            }
            return current[0] = new PackAssets(index, staging, JSON);
        });
        if (!read.valid() || read.dossier() == null) {
            throw new IllegalStateException(displayName + " changed while the pack was written; run it again");
        }
        Dossier header = read.dossier();
        PackAssets assets = read.sink() != null ? read.sink() : new PackAssets(new DossierIndex(header), staging, JSON);
        assets.close();
        CreditRoll credits = new CreditRoll(header);
        List<String> notes = new ArrayList<>(assets.notes());
        List<EffectiveTool> tools = new ArrayList<>();
        Path directory = dossier.toAbsolutePath().getParent();
        for (AiTool tool : header.aiTools()) {
            String bom = tool.trainingData() == null ? null : tool.trainingData().mlBom();
            Optional<MlBom> mlBom = bom == null ? Optional.empty()
                    : Optional.of(new MlBomReader().read(directory.resolve(bom).normalize()));
            mlBom.ifPresent(b -> b.problems().forEach(p -> notes.add("ML-BOM of '" + tool.id() + "': " + p)));
            tools.add(EffectiveTool.of(tool, mlBom));
        }
        Statement statement = StatementBuilder.build(header, audit, assets, tools);
        write(staging.resolve("disclosure.md"), StatementRenderer.markdown(statement));
        write(staging.resolve("disclosure.html"), StatementRenderer.html(statement));
        write(staging.resolve("disclosure.txt"), StatementRenderer.text(statement));
        write(staging.resolve("credits.txt"), credits.text(header.production().title()));
        writeJson(staging.resolve("credits.json"), credits.json(header.production().id(), header.production().title()));
        writeJson(staging.resolve("production.jsonld"), JsonLd.production(header, audit.adl(), credits, assets.sourceTypes));
        writeJson(staging.resolve("manifest.json"), manifest(header, audit, staging));
        return notes;
    }

    private static ObjectNode manifest(Dossier header, AuditReport audit, Path staging) throws IOException {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("guildmark", FORMAT);
        root.put("production", header.production().id());
        root.put("dossierSha256", audit.dossierSha256());
        root.put("adl", audit.adl().display());
        root.put("asOf", audit.asOf().toString());
        ArrayNode files = root.putArray("files");
        for (String file : listFiles(staging)) {
            if (!file.equals("manifest.json")) {
                files.addObject().put("path", file).put("sha256", org.guildmark.core.read.FileDigest.sha256(staging.resolve(file)));
            }
        }
        return root;
    }

    /** Files under the directory, relative with forward slashes, in a fixed order. */
    static List<String> listFiles(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).map(p -> directory.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static void refuseForeign(Path out) {
        if (!Files.exists(out)) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new TargetNotAPack(out);
        }
        try (Stream<Path> entries = Files.list(out)) {
            if (entries.findAny().isEmpty()) {
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path manifest = out.resolve("manifest.json");
        try {
            JsonNode node = Files.isRegularFile(manifest) ? JSON.readTree(manifest.toFile()) : null;
            if (node == null || !FORMAT.equals(node.path("guildmark").asString())) {
                throw new TargetNotAPack(out);
            }
        } catch (tools.jackson.core.JacksonException e) {
            throw new TargetNotAPack(out);
        }
    }

    /** Moves the finished pack into place, replacing an earlier one only once the new one is complete. */
    private static void replace(Path out, Path staging) throws IOException {
        Path old = null;
        if (Files.exists(out)) {
            old = Files.createTempDirectory(out.getParent(), ".guildmark-old-");
            Files.delete(old);
            Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> paths = new ArrayList<>(walk.toList());
            paths.sort(Comparator.reverseOrder());
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void writeJson(Path file, JsonNode node) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(node) + "\n", StandardCharsets.UTF_8);
    }

}
