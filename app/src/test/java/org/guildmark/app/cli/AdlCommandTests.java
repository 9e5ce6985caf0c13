package org.guildmark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildmark.app.cli.Run.guildmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

class AdlCommandTests {

    @Test
    void the_level_and_share_are_printed_with_numerator_and_denominator() {
        Run run = guildmark("adl", Run.LIGHTHOUSE);
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("ADL-2 (R, V) · AI-augmented").contains("S = 59.8 s ÷ 5193.5 s = 0.012");
        assertThat(run.out()).doesNotContain("marker");
    }

    @Test
    void explain_shows_the_rule_the_markers_with_their_assets_and_the_departments() {
        Run run = guildmark("adl", Run.LIGHTHOUSE, "--explain");
        assertThat(run.out()).contains("rule    ADL-2: 0 < S ≤ 0.10")
                .contains("marker  R  digital replica of a real person: sc18-sh070")
                .contains("marker  V  synthetic or cloned voice")
                .containsPattern("vfx\\s+78.5\\s+45.8\\s+0.583");
    }

    @Test
    void a_floor_that_raised_the_level_is_explained(@TempDir Path dir) throws IOException {
        String dossier = Files.readString(Path.of(Run.LIGHTHOUSE)).replace("declaredAdl: 2", "declaredAdl: 3");
        Path script = dir.resolve("script.yaml");
        // A generated script lifts any production to at least ADL-3.
        Files.writeString(script, dossier.replaceFirst("(?m)^assets:\\s*$", "assets:\n"
                + "  - id: draft-script\n    kind: script\n    ai: { use: generated, tools: [" + firstTool(dossier) + "] }\n"
                + "    oversight: { approvedBy: " + firstPerson(dossier) + " }"));
        Run run = guildmark("adl", script.toString(), "--explain");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("The Lighthouse Keeper").contains("ADL-3 (R, V, W)")
                .contains("floor   at least ADL-3: a delivered script is generated");
    }

    @Test
    void json_carries_the_full_explanation() {
        JsonNode adl = guildmark("adl", Run.PAPER_LANTERN, "--format", "json").json();
        assertThat(adl.get("level").asInt()).isEqualTo(2);
        assertThat(adl.get("display").asString()).isEqualTo("ADL-2 (X)");
        assertThat(adl.get("markerEvidence").get(0).get("first").get(0).asString()).isEqualTo("storyboard-artist");
        assertThat(adl.get("departments")).isNotEmpty();
    }

    @Test
    void an_invalid_dossier_exits_2_with_its_errors(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "guildmark: dossier/v1\nproduction: {id: x, title: y, type: nope}\n");
        Run run = guildmark("adl", broken.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("broken.yaml:2:").contains("unknown value 'nope'").doesNotContain("at org.");
    }

    private static String firstTool(String dossier) {
        return dossier.replaceAll("(?s).*?aiTools:\\s*\\n\\s*- (?:\\{ )?id: ([a-z0-9-]+).*", "$1");
    }

    private static String firstPerson(String dossier) {
        return dossier.replaceAll("(?s).*?people:\\s*\\n\\s*- (?:\\{ )?id: ([a-z0-9-]+).*", "$1");
    }
}
