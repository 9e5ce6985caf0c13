package org.guildmark.core.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The codes Guildmark ships, read from their resource files once. */
public final class Catalogs {
    private static final CodeCatalog AIMEG = load("aimeg-1.0.yaml");
    private static final CodeCatalog IATSE = load("iatse-2023.yaml");

    private Catalogs() {
    }

    /** The AIMEG Code of Ethics for AI Media Production, v1.0. */
    public static CodeCatalog aimeg() {
        return AIMEG;
    }

    /** The IATSE Core Principles for Applications of AI and ML Technology (2023). */
    public static CodeCatalog iatse() {
        return IATSE;
    }

    public static List<CodeCatalog> all() {
        return List.of(AIMEG, IATSE);
    }

    /** Finds a clause in any catalog, e.g. {@code 3.1} or {@code IATSE-7}. */
    public static Optional<Clause> clause(String id) {
        return all().stream().flatMap(c -> c.clause(id).stream()).findFirst();
    }

    public static Stream<Clause> allClauses() {
        return all().stream().flatMap(c -> c.clauses().stream());
    }

    private static CodeCatalog load(String resource) {
        ObjectMapper yaml = YAMLMapper.builder().build();
        try (InputStream in = Catalogs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("catalog resource missing: " + resource);
            }
            JsonNode root = yaml.readTree(in);
            require(root, "guildmark", "code-catalog/v1", resource);
            List<Principle> principles = new ArrayList<>();
            for (JsonNode p : root.path("principles")) {
                principles.add(new Principle(p.path("id").asString(), p.path("title").asString()));
            }
            List<Clause> clauses = new ArrayList<>();
            for (JsonNode c : root.path("clauses")) {
                clauses.add(new Clause(c.path("id").asString(), c.path("principle").asString(),
                        c.path("title").asString(), c.path("summary").asString(),
                        AssessmentMethod.valueOf(c.path("method").asString().toUpperCase()),
                        c.hasNonNull("attestation") ? c.path("attestation").asString() : null));
            }
            return new CodeCatalog(root.path("id").asString(), root.path("version").asString(),
                    root.path("title").asString(), LocalDate.parse(root.path("effective").asString()),
                    root.path("source").asString(), List.copyOf(principles), List.copyOf(clauses));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void require(JsonNode root, String field, String value, String resource) {
        if (!value.equals(root.path(field).asString())) {
            throw new IllegalStateException(resource + ": expected " + field + ": " + value);
        }
    }
}
