package org.guildmark.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.guildmark.core.audit.AuditEngine;
import org.guildmark.core.audit.AuditReport;

/** Test fixtures: a small certifiable dossier to vary, and helpers to audit text. */
public final class Dossiers {
    public static final LocalDate AS_OF = LocalDate.parse("2026-11-25");
    public static final Path EXAMPLES = Path.of("..", "examples");

    /** A small, certifiable feature: one composite shot approved by its director, everything attested. */
    public static final String BASE = """
            guildmark: dossier/v1
            production:
              id: test-film
              title: Test Film
              type: feature
              commercial: true
              territories: [US]
              productionDate: 2026-04-01
            people:
              - { id: dir, name: Dana Director }
              - { id: joe, name: Joe Prompter }
              - { id: ana, name: Ana Actor }
            credits:
              - { person: dir, role: director, onScreen: true }
              - { person: joe, role: prompter, onScreen: true }
              - { person: ana, role: performer, onScreen: true }
            engagements:
              - { person: joe, role: prompter, start: 2026-03-01, rate: { amount: "60.00", currency: USD, unit: hour } }
            rateSchedule: aimeg-example-2026
            aiTools:
              - id: plategen
                name: PlateGen
                vendor: Example Labs
                kind: generative
                purposes: [set extension]
                trainingData: { sourcing: licensed }
            consents:
              - id: ana-2026
                person: ana
                givenAt: 2026-02-01
                aspects: [face, voice]
                purposes: [synthetic-media]
                scope: { production: test-film }
                validFrom: 2026-02-01
                validUntil: 2027-02-01
                compensation: { amount: "1000.00", currency: USD, basis: flat }
                revocation: { contact: rights@example.org, noticeDays: 30 }
                deletion: { method: delete the model, withinDays: 30 }
                informed: { document: consents/ana.pdf, language: en }
            displacements: []
            revenueShare:
              basis: net-receipts
              creatorPoolPercent: "5"
              participants:
                - { person: dir, percent: "60" }
                - { person: joe, percent: "40" }
            claims: []
            disclosure: { declaredAdl: 2 }
            attestations:
              - { clause: "2.4", by: dir, at: 2026-08-01, statement: s }
              - { clause: "3.3", by: dir, at: 2026-08-01, statement: s }
              - { clause: "5.1", by: dir, at: 2026-08-01, statement: s }
              - { clause: "5.3", by: dir, at: 2026-08-01, statement: s }
              - { clause: "6.1", by: dir, at: 2026-08-01, statement: s }
              - { clause: "6.2", by: dir, at: 2026-08-01, statement: s }
              - { clause: "7.1", by: dir, at: 2026-08-01, statement: s }
              - { clause: "7.3", by: dir, at: 2026-08-01, statement: s }
            assets:
              - { id: sh010, kind: shot, department: camera, seconds: 90 }
              - id: sh020
                kind: shot
                department: vfx
                seconds: 10
                ai: { use: composite, share: 0.5, tools: [plategen], prompters: [joe], generatedAt: 2026-05-02T10:00:00Z }
                oversight: { directedBy: dir, approvedBy: dir }
                likeness: [ { person: ana, aspects: [face], synthetic: true, consent: ana-2026 } ]
            """;

    private Dossiers() {
    }

    /** The file names of the example dossiers, sorted. */
    public static java.util.List<String> exampleNames() {
        try (java.util.stream.Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path directory, String name, String content) {
        try {
            Path file = directory.resolve(name);
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AuditReport audit(Path directory, String yaml) {
        Path file = write(directory, "dossier.yaml", yaml);
        return new AuditEngine().audit(file, "dossier.yaml", AS_OF);
    }

    /** The base dossier with one line replaced; fails loudly if the line is not there. */
    public static String base(String line, String replacement) {
        if (!BASE.contains(line)) {
            throw new IllegalArgumentException("not in the base dossier: " + line);
        }
        return BASE.replace(line, replacement);
    }
}
