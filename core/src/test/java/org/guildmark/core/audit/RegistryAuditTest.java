package org.guildmark.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.guildmark.core.Dossiers;
import org.guildmark.core.consent.ConsentDecision;
import org.guildmark.core.consent.ConsentQuery;
import org.guildmark.core.consent.ConsentRegistry;
import org.guildmark.core.consent.DenyReason;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.Purpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit with a consent registry: what it asks, and how the answers replace the dossier's consents. */
class RegistryAuditTest {
    private static final String MARA = "3f2a6c1e-8d4b-4c1a-9e2f-0b7d5a9c4e21";

    @TempDir
    Path work;

    private Path linkedLighthouse() throws IOException {
        String example = Files.readString(Dossiers.EXAMPLES.resolve("lighthouse-feature.yaml"));
        Path linked = work.resolve("lighthouse.yaml");
        Files.writeString(linked, example.replace("  - id: mara\n    name: Mara Lindqvist\n",
                "  - id: mara\n    name: Mara Lindqvist\n    registryId: " + MARA.toUpperCase() + "\n"));
        return linked;
    }

    /** Answers every question with {@code answer} and remembers what it was asked. */
    private static final class FakeRegistry implements ConsentRegistry {
        final List<List<ConsentQuery>> asked = new ArrayList<>();
        final ConsentDecision answer;

        FakeRegistry(ConsentDecision answer) {
            this.answer = answer;
        }

        @Override
        public List<ConsentDecision> decide(List<ConsentQuery> queries) {
            asked.add(List.copyOf(queries));
            return queries.stream().map(q -> answer).toList();
        }
    }

    @Test
    void one_call_asks_about_each_synthetic_use_by_registry_id_production_and_when_it_was_made() throws IOException {
        FakeRegistry registry = new FakeRegistry(new ConsentDecision.Permit("grant-1"));

        AuditReport report = new AuditEngine().audit(linkedLighthouse(), "lighthouse", Dossiers.AS_OF, registry);

        assertThat(registry.asked).hasSize(1);
        assertThat(registry.asked.get(0)).containsExactly(
                // A composite may rest on a digital-alteration consent as well.
                new ConsentQuery(MARA, "lighthouse-2026", EnumSet.of(Aspect.FACE),
                        EnumSet.of(Purpose.SYNTHETIC_MEDIA, Purpose.DIGITAL_ALTERATION),
                        Instant.parse("2026-05-12T14:30:00Z")),
                new ConsentQuery(MARA, "lighthouse-2026", EnumSet.of(Aspect.FACE), EnumSet.of(Purpose.SYNTHETIC_MEDIA),
                        Instant.parse("2026-05-13T11:05:00Z")),
                new ConsentQuery(MARA, "lighthouse-2026", EnumSet.of(Aspect.VOICE), EnumSet.of(Purpose.SYNTHETIC_MEDIA),
                        Instant.parse("2026-05-14T16:20:00Z")));
        assertThat(report.verdict()).isEqualTo(Verdict.CERTIFIABLE);
    }

    @Test
    void a_registry_denial_overrides_the_dossiers_own_consent() throws IOException {
        FakeRegistry registry = new FakeRegistry(new ConsentDecision.Deny(List.of(DenyReason.WITHDRAWN)));

        AuditReport report = new AuditEngine().audit(linkedLighthouse(), "lighthouse", Dossiers.AS_OF, registry);

        List<Finding> denied = report.findings().stream()
                .filter(f -> f.rule().equals("synthetic-likeness-has-valid-consent")).toList();
        assertThat(denied).hasSize(3);
        assertThat(denied.get(0).message()).startsWith("The consent registry does not permit the synthetic use of "
                + "'mara' in asset ").endsWith(": withdrawn.");
        assertThat(report.verdict()).isEqualTo(Verdict.NOT_CERTIFIABLE);
    }

    @Test
    void without_registered_people_the_registry_is_not_asked() {
        FakeRegistry registry = new FakeRegistry(new ConsentDecision.Deny(List.of(DenyReason.NO_CONSENT)));
        Path example = Dossiers.EXAMPLES.resolve("lighthouse-feature.yaml");

        AuditReport report = new AuditEngine().audit(example, "lighthouse", Dossiers.AS_OF, registry);

        assertThat(registry.asked).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.CERTIFIABLE);
    }

    @Test
    void a_registry_that_cannot_answer_stops_the_audit() throws IOException {
        Path linked = linkedLighthouse();
        ConsentRegistry down = queries -> {
            throw new ConsentRegistry.Unavailable("cannot reach the consent registry", null);
        };

        assertThatThrownBy(() -> new AuditEngine().audit(linked, "lighthouse", Dossiers.AS_OF, down))
                .isInstanceOf(ConsentRegistry.Unavailable.class);
    }
}
