package org.guildmark.core.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildmark.core.adl.Adl;
import org.guildmark.core.audit.AuditReport;
import org.guildmark.core.audit.EffectiveTool;
import org.guildmark.core.dossier.AiTool;
import org.guildmark.core.dossier.Consent;
import org.guildmark.core.dossier.Credit;
import org.guildmark.core.dossier.Displacement;
import org.guildmark.core.dossier.Dossier;
import org.guildmark.core.dossier.Enums.AiUse;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Wire;

/**
 * Writes the disclosure statement from the dossier, the audit and the asset tallies: plain language, short, in
 * the same seven sections for every production. It names only people the production credits on screen.
 */
final class StatementBuilder {
    private StatementBuilder() {
    }

    static Statement build(Dossier dossier, AuditReport audit, PackAssets assets, List<EffectiveTool> effectiveTools) {
        var production = dossier.production();
        Adl adl = audit.adl();
        Statement.Builder s = new Statement.Builder("AI disclosure: " + production.title());
        s.lead(production.title() + " (" + Wire.code(production.type())
                + (production.organization() == null ? "" : ", " + production.organization())
                + ") discloses its use of AI under the AIMEG Code of Ethics for AI Media Production, version "
                + production.codeVersion() + ".");

        BigDecimal percent = adl.share().multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
        List<String> level = new ArrayList<>();
        level.add(adl.display() + ": " + adl.name() + ".");
        level.add(adl.totalSeconds().signum() == 0 ? "The delivered work has no timed assets."
                : "AI made about " + percent.toPlainString() + " % of the delivered running time ("
                        + plain(adl.aiSeconds()) + " of " + plain(adl.totalSeconds()) + " seconds).");
        adl.floors().forEach(f -> level.add("The level is at least ADL-" + f.atLeast() + " because " + f.reason() + "."));
        if (dossier.disclosure() != null && dossier.disclosure().declaredAdl() != null) {
            level.add("The production declares ADL-" + dossier.disclosure().declaredAdl() + ".");
        }
        s.section("AI Dependency Level", level, adl.evidence().stream()
                .map(e -> e.marker().name() + ": " + e.marker().meaning()).toList());

        List<String> tools = new ArrayList<>();
        for (EffectiveTool effective : effectiveTools) {
            AiTool tool = effective.tool();
            Map<AiUse, Long> uses = assets.toolUse.getOrDefault(tool.id(), Map.of());
            long total = uses.values().stream().mapToLong(Long::longValue).sum();
            tools.add(tool.name() + (tool.version() == null ? "" : " " + tool.version())
                    + effective.vendor().map(v -> " (" + v + ")").orElse("")
                    + (tool.kind() == null ? "" : ", " + Wire.code(tool.kind()))
                    + (tool.purposes().isEmpty() ? "" : ", for " + String.join(", ", tool.purposes()))
                    + (total == 0 ? ": used in the process only, on no delivered asset"
                            : ": used on " + total + " delivered asset" + (total == 1 ? "" : "s"))
                    + (uses.isEmpty() ? "" : " (" + uses.entrySet().stream()
                            .map(e -> e.getValue() + " " + Wire.code(e.getKey())).collect(Collectors.joining(", ")) + ")")
                    + ".");
        }
        s.section("AI tools and what they were used for",
                dossier.aiTools().isEmpty() ? List.of("No AI tools were used.") : List.of(), tools);

        List<String> oversight = new ArrayList<>();
        if (assets.aiAssets == 0) {
            oversight.add("No delivered asset contains AI output or AI processing.");
        } else {
            oversight.add("Of " + assets.aiAssets + " delivered assets touched by AI, " + assets.approved
                    + " were approved by a named person with final creative authority and " + assets.reviewed
                    + " were also reviewed by others; " + assets.approvers.size()
                    + (assets.approvers.size() == 1 ? " person" : " people") + " held final authority over AI work.");
            if (assets.approved < assets.aiAssets) {
                oversight.add((assets.aiAssets - assets.approved) + " AI-touched assets have no named human approver.");
            }
        }
        s.section("Human creative oversight", oversight, List.of());

        List<String> displaced = new ArrayList<>();
        if (dossier.displacements() == null) {
            s.section("Roles displaced by AI", List.of("The production has not said whether roles were displaced."), List.of());
        } else if (dossier.displacements().isEmpty()) {
            s.section("Roles displaced by AI", List.of("No traditional roles were displaced by AI."), List.of());
        } else {
            for (Displacement d : dossier.displacements()) {
                displaced.add(d.workers() + " " + CreditRoll.roleTitle(d.role()) + " position" + (d.workers() == 1 ? "" : "s")
                        + (d.cause() == null ? "" : " (" + d.cause() + ")") + "; support: "
                        + (d.support().isEmpty() ? "none recorded" : d.support().stream()
                                .map(x -> Wire.code(x.type()) + " for " + x.workers()).collect(Collectors.joining(", ")))
                        + ".");
            }
            s.section("Roles displaced by AI", List.of(), displaced);
        }

        List<String> training = new ArrayList<>();
        for (EffectiveTool effective : effectiveTools) {
            AiTool tool = effective.tool();
            var td = tool.trainingData();
            String datasets = effective.mlBom().map(bom -> bom.datasets().stream()
                    .map(d -> d.name() + " (" + (d.licenceUnknown() ? "licence unknown" : String.join(", ", d.licences())) + ")")
                    .collect(Collectors.joining(", "))).filter(x -> !x.isEmpty())
                    .map(x -> "; datasets per its ML-BOM: " + x).orElse("");
            training.add(tool.name() + ": " + (td == null || td.sourcing() == null ? "sourcing not disclosed"
                    : Wire.code(td.sourcing()) + (td.licenses() == null || td.licenses().isEmpty() ? ""
                            : " (" + String.join(", ", td.licenses()) + ")"))
                    + (td != null && td.attribution() != null ? "; " + td.attribution() : "") + datasets + ".");
        }
        s.section("Training data", dossier.aiTools().isEmpty() ? List.of("No AI tools were used.") : List.of(), training);

        List<String> replicas = new ArrayList<>();
        for (Map.Entry<String, Set<Aspect>> replica : assets.replicas.entrySet()) {
            replicas.add(publicName(dossier, replica.getKey()) + " (" + replica.getValue().stream().map(Wire::code)
                    .collect(Collectors.joining(", ")) + "): " + consentBasis(dossier, replica.getKey()) + ".");
        }
        s.section("Digital replicas and consent", replicas.isEmpty()
                ? List.of("No digital replica of a real person appears in the delivered work.") : List.of(), replicas);

        s.section("About this statement", List.of("Generated by Guildmark from the production's dossier (SHA-256 "
                + audit.dossierSha256() + ") as of " + audit.asOf() + ". Audit verdict: " + audit.verdict().code()
                + " (" + audit.count(org.guildmark.core.audit.Severity.BLOCKING) + " blocking, "
                + audit.count(org.guildmark.core.audit.Severity.MAJOR) + " major findings)."), List.of());
        return s.build();
    }

    /** The name the credits publish, or a neutral phrase: the statement reveals nobody the credits do not. */
    static String publicName(Dossier dossier, String personId) {
        return dossier.credits().stream().filter(c -> c.person().equals(personId) && c.onScreen())
                .map(c -> c.creditedAs() != null ? c.creditedAs() : nameOf(dossier, personId)).findFirst()
                .orElse("A person not named in the credits");
    }

    private static String nameOf(Dossier dossier, String personId) {
        return dossier.people().stream().filter(p -> p.id().equals(personId)).map(p -> p.name()).findFirst().orElse(personId);
    }

    private static String consentBasis(Dossier dossier, String personId) {
        List<Consent> consents = dossier.consents().stream().filter(c -> c.person().equals(personId)).toList();
        if (consents.isEmpty()) {
            return "no consent is recorded";
        }
        Consent c = consents.get(0);
        String by = c.grantedBy().equals(personId) ? "with their own consent"
                : "with consent given on their behalf" + dossier.people().stream().filter(p -> p.id().equals(personId))
                        .flatMap(p -> p.representatives().stream()).filter(r -> r.name().equals(c.grantedBy()))
                        .map(r -> " by their " + Wire.code(r.relation())).findFirst().orElse("");
        String scope = c.scope() == null ? "" : c.scope().general() ? ", for general use" : ", for this production";
        String approvals = c.approvals().isEmpty() ? "" : ", approved by "
                + c.approvals().stream().map(a -> Wire.code(a.relation())).distinct().collect(Collectors.joining(" and "));
        return by + scope + approvals + ", revocable";
    }

    private static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    static List<Credit> onScreen(Dossier dossier) {
        return dossier.credits().stream().filter(Credit::onScreen).toList();
    }
}
