package org.guildmark.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildmark.core.Dossiers.base;

import java.nio.file.Path;

import org.assertj.core.api.ListAssert;
import org.guildmark.core.Dossiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each rule, driven end to end through the reader: the base dossier is certifiable; one change to it makes
 * one rule speak. Test names read as sentences of the Code.
 */
class RulesTest {
    @TempDir
    Path dir;

    private AuditReport audit(String yaml) {
        AuditReport report = Dossiers.audit(dir, yaml);
        assertThat(report.errors()).as("dossier errors").isEmpty();
        return report;
    }

    private ListAssert<String> rulesFired(String yaml) {
        return assertThat(audit(yaml).findings().stream().map(f -> f.rule() + " " + f.severity().code()).toList());
    }

    @Test
    void the_base_dossier_is_certifiable_with_no_findings() {
        AuditReport report = audit(Dossiers.BASE);
        assertThat(report.findings()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.CERTIFIABLE);
        assertThat(report.adl().display()).isEqualTo("ADL-2 (R)");
        assertThat(report.exitCode(Severity.BLOCKING)).isZero();
    }

    @Test
    void an_ai_asset_without_a_human_approver_blocks_certification() {
        AuditReport report = audit(base("oversight: { directedBy: dir, approvedBy: dir }", "oversight: { directedBy: dir }"));
        assertThat(report.findings()).extracting(Finding::rule).contains("ai-asset-has-human-approver");
        assertThat(report.verdict()).isEqualTo(Verdict.NOT_CERTIFIABLE);
        assertThat(report.adl().level()).isEqualTo(5);
    }

    @Test
    void an_ai_tool_cannot_be_the_approver() {
        rulesFired(base("approvedBy: dir }", "approvedBy: plategen }"))
                .contains("ai-asset-has-human-approver blocking");
    }

    @Test
    void a_prompter_missing_from_the_credits_is_a_major_finding() {
        rulesFired(base("  - { person: joe, role: prompter, onScreen: true }\n", ""))
                .contains("ai-contributors-credited major");
    }

    @Test
    void an_emergent_role_kept_off_screen_is_a_major_finding() {
        rulesFired(base("{ person: joe, role: prompter, onScreen: true }", "{ person: joe, role: prompter, onScreen: false }"))
                .containsExactly("emergent-roles-on-screen major");
    }

    @Test
    void an_invented_role_title_is_reported_for_mapping() {
        rulesFired(base("{ person: ana, role: performer, onScreen: true }", "{ person: ana, role: pixie-wrangler, onScreen: true }"))
                .containsExactly("role-known info");
    }

    @Test
    void calling_an_adl_2_production_human_made_blocks_certification() {
        rulesFired(base("claims: []", "claims:\n  - { id: tag, text: All human, asserts: human-made }"))
                .containsExactly("no-human-made-claim-with-ai blocking");
    }

    @Test
    void declaring_a_lower_adl_than_computed_blocks_certification() {
        rulesFired(base("declaredAdl: 2", "declaredAdl: 1")).containsExactly("declared-adl-not-below-computed blocking");
    }

    @Test
    void declaring_one_level_above_is_allowed_but_two_is_ai_washing() {
        rulesFired(base("declaredAdl: 2", "declaredAdl: 3")).isEmpty();
        rulesFired(base("declaredAdl: 2", "declaredAdl: 4")).containsExactly("declared-adl-not-inflated major");
    }

    @Test
    void calling_an_adl_1_production_ai_generated_is_ai_washing() {
        String adl1 = base("ai: { use: composite, share: 0.5,", "ai: { use: enhanced,")
                .replace("likeness: [ { person: ana, aspects: [face], synthetic: true, consent: ana-2026 } ]", "")
                .replace("declaredAdl: 2", "declaredAdl: 1")
                .replace("claims: []", "claims:\n  - { id: tag, text: Made by AI, asserts: ai-generated }");
        rulesFired(adl1).containsExactly("ai-claim-matches-adl major");
    }

    @Test
    void claiming_a_lower_adl_in_public_blocks_certification_and_says_why() {
        AuditReport report = audit(base("claims: []", "claims:\n  - { id: festival, text: ADL-1 production, asserts: adl, adl: 1 }"));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("claimed-adl-not-below-computed");
            assertThat(f.message()).contains("states ADL-1").contains("the computed level is ADL-2 (R) (0 < S ≤ 0.10)");
        });
    }

    @Test
    void calling_ai_assisted_work_ai_free_is_a_major_finding() {
        String adl1 = base("ai: { use: composite, share: 0.5,", "ai: { use: enhanced,")
                .replace("likeness: [ { person: ana, aspects: [face], synthetic: true, consent: ana-2026 } ]", "")
                .replace("declaredAdl: 2", "declaredAdl: 1");
        rulesFired(adl1.replace("claims: []", "claims:\n  - { id: tag, text: No AI, asserts: no-ai }"))
                .containsExactly("claim-does-not-understate-ai major");
        rulesFired(adl1.replace("claims: []", "claims:\n  - { id: tag, text: Human made, asserts: human-made }"))
                .isEmpty();
    }

    @Test
    void calling_ai_majority_work_ai_assisted_understates_it() {
        String majority = base("{ id: sh010, kind: shot, department: camera, seconds: 90 }",
                "{ id: sh010, kind: shot, department: camera, seconds: 1 }").replace("declaredAdl: 2", "declaredAdl: 4")
                .replace("ai: { use: composite, share: 0.5,", "ai: { use: composite, share: 0.9,")
                .replace("claims: []", "claims:\n  - { id: tag, text: AI-assisted, asserts: ai-assisted }");
        rulesFired(majority).containsExactly("claim-does-not-understate-ai major");
    }

    @Test
    void calling_partly_ai_made_work_ai_generated_is_explained() {
        rulesFired(base("claims: []", "claims:\n  - { id: tag, text: An AI film, asserts: ai-generated }"))
                .containsExactly("claim-does-not-overstate-ai minor");
    }

    @Test
    void a_missing_declared_adl_blocks_certification() {
        rulesFired(base("disclosure: { declaredAdl: 2 }", "")).containsExactly("adl-declared blocking");
    }

    @Test
    void pay_below_the_minimum_in_force_on_the_start_date_blocks_certification() {
        rulesFired(base("\"60.00\"", "\"40.00\"")).containsExactly("engagement-paid-at-least-minimum blocking");
    }

    @Test
    void the_minimum_is_the_one_in_force_when_the_engagement_started() {
        // The example schedule raises the prompter's hourly minimum from 48.00 to 49.44 on 2026-07-01.
        rulesFired(base("\"60.00\"", "\"49.00\"")).isEmpty();
        rulesFired(base("\"60.00\"", "\"49.00\"").replace("start: 2026-03-01", "start: 2026-07-01"))
                .containsExactly("engagement-paid-at-least-minimum blocking");
    }

    @Test
    void a_role_or_currency_the_schedule_cannot_judge_goes_to_an_officer() {
        rulesFired(base("currency: USD, unit: hour", "currency: EUR, unit: hour")).containsExactly("engagement-rate-scheduled minor");
        rulesFired(base("unit: hour } }", "unit: flat } }")).containsExactly("engagement-rate-scheduled minor");
    }

    @Test
    void displaced_workers_without_support_block_certification() {
        rulesFired(base("displacements: []", "displacements:\n  - { role: storyboard-artist, workers: 2, support: [ { type: retraining, workers: 1 } ] }"))
                .containsExactly("displaced-workers-supported blocking");
    }

    @Test
    void a_production_using_ai_must_say_whether_roles_were_displaced() {
        rulesFired(base("displacements: []\n", "")).containsExactly("displacements-declared major");
    }

    @Test
    void generated_music_with_no_composer_hints_at_an_undeclared_displacement() {
        String music = Dossiers.BASE + "  - id: cue1\n    kind: music\n    seconds: 5\n"
                + "    ai: { use: generated, tools: [plategen] }\n    oversight: { approvedBy: dir }\n";
        rulesFired(music).containsExactly("possible-undeclared-displacement info");
    }

    @Test
    void ai_creators_left_out_of_the_revenue_share_is_a_major_finding() {
        rulesFired(base("    - { person: joe, percent: \"40\" }\n", "").replace("percent: \"60\"", "percent: \"100\""))
                .containsExactly("revenue-share-covers-ai-creators major");
    }

    @Test
    void revenue_share_percents_must_add_up_to_100() {
        rulesFired(base("percent: \"60\"", "percent: \"50\"")).containsExactly("revenue-share-covers-ai-creators major");
    }

    @Test
    void a_synthetic_likeness_without_consent_blocks_certification() {
        rulesFired(base("synthetic: true, consent: ana-2026 }", "synthetic: true }"))
                .containsExactly("synthetic-likeness-has-valid-consent blocking");
    }

    @Test
    void a_consent_must_cover_every_aspect_used() {
        rulesFired(base("aspects: [face], synthetic: true", "aspects: [face, body], synthetic: true"))
                .containsExactly("synthetic-likeness-has-valid-consent blocking");
    }

    @Test
    void a_consent_must_be_valid_when_the_asset_was_generated() {
        rulesFired(base("generatedAt: 2026-05-02T10:00:00Z", "generatedAt: 2027-03-01T10:00:00Z"))
                .containsExactly("synthetic-likeness-has-valid-consent blocking");
    }

    @Test
    void a_consent_for_another_production_does_not_cover_this_one() {
        rulesFired(base("scope: { production: test-film }", "scope: { production: other-film }"))
                .containsExactly("synthetic-likeness-has-valid-consent blocking");
    }

    @Test
    void a_consent_revoked_before_generation_blocks_and_after_generation_requires_deletion() {
        rulesFired(base("informed: { document: consents/ana.pdf, language: en }",
                "informed: { document: consents/ana.pdf, language: en }\n    revokedAt: 2026-04-01T00:00:00Z"))
                .containsExactly("synthetic-likeness-has-valid-consent blocking");
        rulesFired(base("informed: { document: consents/ana.pdf, language: en }",
                "informed: { document: consents/ana.pdf, language: en }\n    revokedAt: 2026-06-01T00:00:00Z"))
                .containsExactly("revoked-consent-requires-deletion major");
    }

    @Test
    void a_revocation_after_the_as_of_date_had_not_happened_yet() {
        String later = base("informed: { document: consents/ana.pdf, language: en }",
                "informed: { document: consents/ana.pdf, language: en }\n    revokedAt: 2026-12-20T00:00:00Z");
        rulesFired(later).isEmpty();
    }

    @Test
    void a_consent_without_duration_or_deletion_method_blocks_certification() {
        rulesFired(base("    validUntil: 2027-02-01\n", "")).containsExactly("consent-terms-complete blocking");
        rulesFired(base("deletion: { method: delete the model, withinDays: 30 }", "deletion: { withinDays: 30 }"))
                .containsExactly("consent-terms-complete blocking");
    }

    @Test
    void a_consent_without_its_informing_document_is_a_major_finding() {
        rulesFired(base("informed: { document: consents/ana.pdf, language: en }", "informed: { language: en }"))
                .containsExactly("consent-informed-document major");
    }

    @Test
    void a_minors_consent_without_a_guardians_approval_blocks_certification() {
        String minor = base("{ id: ana, name: Ana Actor }", "{ id: ana, name: Ana Actor, dateOfBirth: 2012-06-01 }");
        rulesFired(minor).contains("special-category-approved blocking", "special-category-reviewed major",
                "synthetic-likeness-has-valid-consent blocking");
    }

    @Test
    void a_minor_with_guardian_and_a_second_reviewer_is_certifiable() {
        String minor = base("{ id: ana, name: Ana Actor }", "{ id: ana, name: Ana Actor, category: minor }")
                .replace("informed: { document: consents/ana.pdf, language: en }",
                        "informed: { document: consents/ana.pdf, language: en }\n    approvals:\n"
                                + "      - { by: Luis Ruiz, relation: guardian, at: 2026-02-01 }\n"
                                + "      - { by: Rita Review, relation: heightened-review, at: 2026-02-01 }");
        rulesFired(minor).isEmpty();
    }

    @Test
    void the_heightened_review_must_come_from_a_second_person() {
        String minor = base("{ id: ana, name: Ana Actor }", "{ id: ana, name: Ana Actor, category: minor }")
                .replace("informed: { document: consents/ana.pdf, language: en }",
                        "informed: { document: consents/ana.pdf, language: en }\n    approvals:\n"
                                + "      - { by: Luis Ruiz, relation: guardian, at: 2026-02-01 }\n"
                                + "      - { by: Luis Ruiz, relation: heightened-review, at: 2026-02-01 }");
        rulesFired(minor).contains("special-category-reviewed major").doesNotContain("special-category-approved blocking");
    }

    @Test
    void a_deceased_persons_replica_needs_the_estates_approval() {
        rulesFired(base("{ id: ana, name: Ana Actor }", "{ id: ana, name: Ana Actor, category: deceased }"))
                .contains("special-category-approved blocking");
    }

    @Test
    void a_minor_engaged_in_california_gets_the_coogan_note() {
        String coogan = base("territories: [US]", "territories: [US-CA]")
                .replace("{ id: joe, name: Joe Prompter }", "{ id: joe, name: Joe Prompter, dateOfBirth: 2010-01-01 }");
        rulesFired(coogan).containsExactly("coogan-set-aside info");
    }

    @Test
    void a_synthetic_likeness_distributed_in_the_eu_gets_the_ai_act_note() {
        rulesFired(base("territories: [US]", "territories: [US, EU]")).containsExactly("eu-ai-act-deepfake-disclosure info");
    }

    @Test
    void an_undocumented_ai_tool_is_a_major_finding() {
        rulesFired(base("    vendor: Example Labs\n", "")).containsExactly("ai-tool-documented major");
    }

    @Test
    void undisclosed_training_data_is_a_major_finding() {
        rulesFired(base("sourcing: licensed", "sourcing: undisclosed")).containsExactly("training-data-sourced-ethically major");
    }

    @Test
    void open_licensed_data_without_licences_blocks_certification() {
        rulesFired(base("sourcing: licensed", "sourcing: open-license")).containsExactly("open-licences-identified blocking");
    }

    @Test
    void non_commercial_data_in_a_commercial_production_blocks_certification() {
        rulesFired(base("{ sourcing: licensed }", "{ sourcing: open-license, licenses: [CC-BY-NC-4.0], attribution: x }"))
                .containsExactly("non-commercial-licence-respected blocking");
    }

    @Test
    void no_derivatives_data_on_a_generative_tool_is_a_major_finding() {
        rulesFired(base("{ sourcing: licensed }", "{ sourcing: open-license, licenses: [CC-BY-ND-4.0], attribution: x }"))
                .containsExactly("no-derivatives-licence-respected major");
    }

    @Test
    void cc_by_data_without_attribution_is_a_minor_finding() {
        rulesFired(base("{ sourcing: licensed }", "{ sourcing: open-license, licenses: [CC-BY-4.0] }"))
                .containsExactly("licence-attribution-given minor");
    }

    @Test
    void a_missing_attestation_is_a_major_finding_and_prevents_certification() {
        AuditReport report = audit(base("  - { clause: \"7.3\", by: dir, at: 2026-08-01, statement: s }\n", ""));
        assertThat(report.findings()).extracting(f -> f.rule() + " " + f.clause()).containsExactly("attestation-given 7.3");
        assertThat(report.attestationsMissing()).containsExactly("7.3");
        assertThat(report.verdict()).isEqualTo(Verdict.NOT_CERTIFIABLE);
    }

    @Test
    void an_unattested_advisory_clause_is_only_noted() {
        AuditReport report = audit(base("  - { clause: \"6.2\", by: dir, at: 2026-08-01, statement: s }\n", ""));
        assertThat(report.findings()).extracting(f -> f.rule() + " " + f.severity().code()).containsExactly("advisory-considered info");
        assertThat(report.verdict()).isEqualTo(Verdict.CERTIFIABLE);
    }

    @Test
    void unlabelled_ai_content_in_a_documentary_blocks_certification() {
        rulesFired(base("type: feature", "type: documentary"))
                .containsExactly("synthetic-person-labelled blocking", "factual-ai-content-labelled blocking");
        String labelled = base("type: feature", "type: documentary").replace("consent: ana-2026 } ]",
                "consent: ana-2026 } ]\n    labels: [ai-assisted, synthetic-person]");
        rulesFired(labelled).isEmpty();
    }

    @Test
    void iatse_rules_switch_on_for_union_productions_only() {
        String displaced = base("displacements: []", "displacements:\n  - { role: storyboard-artist, workers: 2, "
                + "support: [ { type: severance, workers: 2 } ] }");
        rulesFired(displaced).isEmpty();
        rulesFired(displaced.replace("territories: [US]", "territories: [US]\n  unions: [IATSE]"))
                .containsExactly("union-notified-of-displacement major", "displaced-workers-offered-retraining minor");
    }

    @Test
    void a_union_productions_training_consent_must_be_paid() {
        String training = base("purposes: [synthetic-media]", "purposes: [synthetic-media, model-training]")
                .replace("    compensation: { amount: \"1000.00\", currency: USD, basis: flat }\n", "")
                .replace("territories: [US]", "territories: [US]\n  unions: [IATSE]");
        rulesFired(training).contains("training-consent-compensated blocking", "consent-terms-complete blocking");
    }

    @Test
    void majors_fail_the_run_only_when_asked() {
        AuditReport report = audit(base("{ person: joe, role: prompter, onScreen: true }", "{ person: joe, role: prompter, onScreen: false }"));
        assertThat(report.exitCode(Severity.BLOCKING)).isZero();
        assertThat(report.exitCode(Severity.MAJOR)).isEqualTo(1);
    }

    @Test
    void an_invalid_dossier_has_errors_no_findings_and_exit_code_2() {
        AuditReport report = Dossiers.audit(dir, base("kind: shot, department: camera", "kind: shoot, department: camera"));
        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.findings()).isEmpty();
        assertThat(report.exitCode(Severity.BLOCKING)).isEqualTo(2);
    }

    @Test
    void findings_past_the_per_rule_limit_are_counted_but_not_listed() {
        StringBuilder many = new StringBuilder(Dossiers.BASE);
        for (int i = 0; i < 30; i++) {
            many.append("  - { id: x").append(i).append(", kind: shot, seconds: 1, ai: { use: generated } }\n");
        }
        AuditReport report = new AuditEngine(Rules.all(), 10).audit(Dossiers.write(dir, "m.yaml", many.toString()),
                "m.yaml", Dossiers.AS_OF);
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("ai-asset-has-human-approver")).hasSize(10);
        // 30 unapproved assets, plus the declared ADL-2 now under the computed ADL-5
        assertThat(report.count(Severity.BLOCKING)).isEqualTo(31);
        assertThat(report.omitted()).containsEntry("ai-asset-has-human-approver", 20L);
    }
}
