package org.guildmark.core.disclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.guildmark.core.dossier.AiTool;
import org.guildmark.core.dossier.Asset;
import org.guildmark.core.dossier.Consent;
import org.guildmark.core.dossier.DossierIndex;
import org.guildmark.core.dossier.Enums.AiUse;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.Label;
import org.guildmark.core.dossier.Enums.Purpose;
import org.guildmark.core.dossier.Wire;
import org.guildmark.core.read.DossierReader;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pass over the assets that a disclosure pack needs: it writes each AI-touched asset's C2PA manifest and
 * each label entry as the asset streams past, and keeps only small tallies (per tool, per person) for the
 * statement.
 */
final class PackAssets implements DossierReader.AssetSink, AutoCloseable {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final DossierIndex index;
    private final Path c2paDirectory;
    private final JsonMapper json;
    private final JsonGenerator labels;
    private final boolean factual;
    private final boolean eu;
    private final SafeNames names = new SafeNames();
    private final List<String> notes = new ArrayList<>();

    final Map<String, Map<AiUse, Long>> toolUse = new TreeMap<>();
    final Map<AiUse, Long> assetsByUse = new EnumMap<>(AiUse.class);
    final Map<String, Set<Aspect>> replicas = new TreeMap<>();
    final Set<String> sourceTypes = new java.util.TreeSet<>();
    long aiAssets;
    long approved;
    long reviewed;
    final Set<String> approvers = new LinkedHashSet<>();
    long labelEntries;
    long manifests;

    PackAssets(DossierIndex index, Path packDirectory, JsonMapper json) {
        this.index = index;
        this.c2paDirectory = packDirectory.resolve("c2pa");
        this.json = json;
        var production = index.dossier().production();
        this.factual = production.type().isFactual();
        this.eu = production.distributedIn("EU");
        try {
            Files.createDirectories(c2paDirectory);
            this.labels = json.createGenerator(packDirectory.resolve("labels.json").toFile(),
                    tools.jackson.core.JsonEncoding.UTF8);
            labels.writeStartObject();
            labels.writeStringProperty("production", production.id());
            labels.writeStringProperty("productionType", Wire.code(production.type()));
            labels.writeStringProperty("note", "On-screen labels each delivered asset needs: clause 7.2 of the AIMEG "
                    + "Code for news, documentary and educational content, and EU AI Act Art. 50(4) deep-fake notices "
                    + "where the production is distributed in the EU.");
            labels.writeName("assets");
            labels.writeStartArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void accept(Asset asset) {
        if (!asset.delivered()) {
            return;
        }
        AiUse use = asset.aiUse();
        assetsByUse.merge(use, 1L, Long::sum);
        sourceTypes.add(SourceTypes.uri(use));
        if (use != AiUse.NONE) {
            aiAssets++;
            asset.ai().tools().forEach(t -> toolUse.computeIfAbsent(t, k -> new EnumMap<>(AiUse.class)).merge(use, 1L, Long::sum));
            if (asset.oversight() != null && asset.oversight().approvedBy() != null
                    && index.hasPerson(asset.oversight().approvedBy())) {
                approved++;
                approvers.add(asset.oversight().approvedBy());
            }
            if (asset.oversight() != null && !asset.oversight().reviewedBy().isEmpty()) {
                reviewed++;
            }
        }
        for (Asset.Likeness likeness : asset.likeness()) {
            if (likeness.synthetic()) {
                replicas.computeIfAbsent(likeness.person(), p -> EnumSet.noneOf(Aspect.class)).addAll(likeness.aspects());
            }
        }
        label(asset);
        if (use == AiUse.GENERATED || use == AiUse.COMPOSITE || use == AiUse.ENHANCED) {
            manifest(asset);
        }
    }

    private void label(Asset asset) {
        Set<Label> required = EnumSet.noneOf(Label.class);
        List<String> reasons = new ArrayList<>();
        boolean synthetic = asset.likeness().stream().anyMatch(Asset.Likeness::synthetic);
        if (factual && asset.aiUse() == AiUse.GENERATED) {
            required.add(Label.AI_GENERATED);
            reasons.add("7.2: generated content in a factual production");
        } else if (factual && asset.aiUse() == AiUse.COMPOSITE) {
            required.add(Label.AI_ASSISTED);
            reasons.add("7.2: AI-composited content in a factual production");
        }
        if (factual && synthetic) {
            required.add(Label.SYNTHETIC_PERSON);
            reasons.add("3.3/7.1: synthetic likeness of a real person in a factual production");
        }
        if (eu && synthetic) {
            required.add(Label.DEEPFAKE_NOTICE);
            reasons.add("EU AI Act Art. 50(4): deep fake distributed in the EU");
        }
        if (required.isEmpty()) {
            return;
        }
        Set<Label> missing = EnumSet.copyOf(required);
        missing.removeAll(asset.labels());
        // 7.2 accepts either AI label: an ai-generated label also satisfies a required ai-assisted one.
        if (asset.labels().contains(Label.AI_GENERATED)) {
            missing.remove(Label.AI_ASSISTED);
        }
        labels.writeStartObject();
        labels.writeStringProperty("asset", asset.id());
        labels.writeStringProperty("kind", Wire.code(asset.kind()));
        labels.writeStringProperty("aiUse", Wire.code(asset.aiUse()));
        writeLabels("required", required);
        writeLabels("present", asset.labels());
        writeLabels("missing", missing);
        labels.writeName("reasons");
        labels.writeStartArray();
        reasons.forEach(labels::writeString);
        labels.writeEndArray();
        labels.writeEndObject();
        labelEntries++;
    }

    private void writeLabels(String name, Set<Label> values) {
        labels.writeName(name);
        labels.writeStartArray();
        values.stream().map(Wire::code).sorted().forEach(labels::writeString);
        labels.writeEndArray();
    }

    /** A c2patool manifest definition recording how AI made or changed the asset, and training limits. */
    private void manifest(Asset asset) {
        ObjectNode root = NODES.objectNode();
        root.put("claim_generator", "Guildmark/1.0");
        root.put("title", asset.id());
        ArrayNode assertions = root.putArray("assertions");
        ObjectNode actions = assertions.addObject();
        actions.put("label", "c2pa.actions.v2");
        ArrayNode list = actions.putObject("data").putArray("actions");
        List<String> tools = asset.ai().tools().isEmpty() ? List.of("") : asset.ai().tools();
        for (String toolId : tools) {
            ObjectNode action = list.addObject();
            action.put("action", asset.aiUse() == AiUse.GENERATED ? "c2pa.created" : "c2pa.edited");
            action.put("digitalSourceType", SourceTypes.uri(asset.aiUse()));
            AiTool tool = index.tool(toolId).orElse(null);
            if (tool != null) {
                ObjectNode agent = action.putObject("softwareAgent");
                agent.put("name", tool.name());
                if (tool.version() != null) {
                    agent.put("version", tool.version());
                }
            }
            if (asset.ai().generatedAt() != null) {
                action.put("when", asset.ai().generatedAt().toString());
            }
        }
        if (restrictsTraining(asset)) {
            ObjectNode training = assertions.addObject();
            training.put("label", "cawg.training-mining");
            ObjectNode entries = training.putObject("data").putObject("entries");
            for (String use : List.of("cawg.ai_generative_training", "cawg.ai_training", "cawg.data_mining")) {
                entries.putObject(use).put("use", "notAllowed");
            }
        }
        try {
            json.writeValue(c2paDirectory.resolve(names.fileFor(asset.id(), ".json")).toFile(), root);
        } catch (tools.jackson.core.JacksonException e) {
            notes.add("could not write the C2PA manifest of asset '" + asset.id() + "': " + e.getOriginalMessage());
            return;
        }
        manifests++;
    }

    /** A likeness in the asset rests on a consent that does not allow model training. */
    private boolean restrictsTraining(Asset asset) {
        for (Asset.Likeness likeness : asset.likeness()) {
            Consent consent = likeness.consent() == null ? null : index.consent(likeness.consent()).orElse(null);
            if (consent == null || !consent.purposes().contains(Purpose.MODEL_TRAINING)) {
                return true;
            }
        }
        return false;
    }

    List<String> notes() {
        return notes;
    }

    /** Abandons this pass's output (the reader read the assets again with a fuller header). */
    void discard() {
        close();
        try (var files = Files.list(c2paDirectory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean closed;

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        labels.writeEndArray();
        labels.writeNumberProperty("count", labelEntries);
        labels.writeEndObject();
        labels.close();
    }
}
