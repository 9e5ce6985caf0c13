package org.guildmark.core.adl;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.guildmark.core.dossier.Asset;
import org.guildmark.core.dossier.Dossier;
import org.guildmark.core.dossier.DossierIndex;
import org.guildmark.core.dossier.Displacement;
import org.guildmark.core.dossier.Enums.AiUse;
import org.guildmark.core.dossier.Enums.AssetKind;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.PersonCategory;
import org.guildmark.core.dossier.Enums.ProductionType;
import org.guildmark.core.dossier.Person;
import org.guildmark.core.dossier.Production;
import org.junit.jupiter.api.Test;

class AdlCalculatorTest {
    private static final Person DIRECTOR = new Person(0, "dir", "Dana", PersonCategory.ADULT, null, null, List.of(), null);

    static DossierIndex index(List<Displacement> displacements) {
        Production production = new Production("p", "P", ProductionType.FEATURE, true, null, List.of(), List.of(),
                LocalDate.parse("2026-04-01"), null, "1.0");
        return new DossierIndex(new Dossier(production, List.of(DIRECTOR), List.of(), List.of(), null, List.of(),
                List.of(), displacements, null, List.of(), null, List.of()));
    }

    static Asset asset(String id, AssetKind kind, String seconds, AiUse use, String share) {
        Asset.AiUsage ai = use == AiUse.NONE ? null
                : new Asset.AiUsage(use, share == null ? null : new BigDecimal(share), List.of(), List.of(), null, null);
        return new Asset(0, 1, 1, id, kind, "dept", seconds == null ? null : new BigDecimal(seconds), true, ai,
                new Asset.Oversight(null, List.of(), "dir"), List.of(), Set.of());
    }

    static Adl adl(Asset... assets) {
        AdlCalculator calculator = new AdlCalculator(index(List.of()));
        for (Asset a : assets) {
            calculator.accept(a);
        }
        return calculator.result();
    }

    @Test
    void no_ai_at_all_is_adl_0() {
        assertThat(adl(asset("a", AssetKind.SHOT, "10", AiUse.NONE, null)).display()).isEqualTo("ADL-0");
    }

    @Test
    void assisted_or_enhanced_work_is_adl_1() {
        Adl adl = adl(asset("a", AssetKind.SHOT, "10", AiUse.ENHANCED, null));
        assertThat(adl.level()).isEqualTo(1);
        assertThat(adl.share()).isEqualByComparingTo("0");
    }

    @Test
    void a_share_of_exactly_ten_percent_is_adl_2_and_a_hair_more_is_adl_3() {
        assertThat(adl(asset("a", AssetKind.SHOT, "90", AiUse.NONE, null),
                asset("b", AssetKind.SHOT, "10", AiUse.GENERATED, null)).level()).isEqualTo(2);
        assertThat(adl(asset("a", AssetKind.SHOT, "89.999", AiUse.NONE, null),
                asset("b", AssetKind.SHOT, "10.001", AiUse.GENERATED, null)).level()).isEqualTo(3);
    }

    @Test
    void a_share_of_exactly_half_is_adl_3_and_more_is_adl_4() {
        assertThat(adl(asset("a", AssetKind.SHOT, "50", AiUse.NONE, null),
                asset("b", AssetKind.SHOT, "50", AiUse.GENERATED, null)).level()).isEqualTo(3);
        assertThat(adl(asset("a", AssetKind.SHOT, "49", AiUse.NONE, null),
                asset("b", AssetKind.SHOT, "51", AiUse.GENERATED, null)).level()).isEqualTo(4);
    }

    @Test
    void a_composite_counts_half_by_default_and_its_own_share_when_given() {
        Adl byDefault = adl(asset("a", AssetKind.SHOT, "10", AiUse.COMPOSITE, null));
        Adl given = adl(asset("a", AssetKind.SHOT, "10", AiUse.COMPOSITE, "0.2"));
        assertThat(byDefault.aiSeconds()).isEqualByComparingTo("5");
        assertThat(given.aiSeconds()).isEqualByComparingTo("2");
    }

    @Test
    void undelivered_and_untimed_assets_stay_out_of_the_share() {
        Asset processOnly = new Asset(0, 1, 1, "p", AssetKind.SHOT, "d", new BigDecimal("100"), false,
                new Asset.AiUsage(AiUse.GENERATED, null, List.of(), List.of(), null, null),
                new Asset.Oversight(null, List.of(), "dir"), List.of(), Set.of());
        Adl adl = adl(processOnly, asset("a", AssetKind.SHOT, "10", AiUse.NONE, null));
        assertThat(adl.totalSeconds()).isEqualByComparingTo("10");
        assertThat(adl.level()).isEqualTo(1);
    }

    @Test
    void a_delivered_untimed_generated_asset_is_adl_2() {
        Adl adl = adl(asset("poster", AssetKind.ARTWORK, null, AiUse.GENERATED, null));
        assertThat(adl.level()).isEqualTo(2);
        assertThat(adl.rule()).contains("untimed");
    }

    @Test
    void an_ai_asset_without_a_human_approver_is_adl_5() {
        Asset unapproved = new Asset(0, 1, 1, "x", AssetKind.SHOT, "d", BigDecimal.ONE, true,
                new Asset.AiUsage(AiUse.GENERATED, null, List.of(), List.of(), null, null), null, List.of(), Set.of());
        assertThat(adl(unapproved).level()).isEqualTo(5);
    }

    @Test
    void a_generated_script_floors_the_level_at_3_and_marks_writing() {
        Adl adl = adl(asset("a", AssetKind.SHOT, "1000", AiUse.NONE, null),
                asset("script", AssetKind.SCRIPT, null, AiUse.GENERATED, null));
        assertThat(adl.level()).isEqualTo(3);
        assertThat(adl.floors()).singleElement().satisfies(f -> assertThat(f.atLeast()).isEqualTo(3));
        assertThat(adl.display()).isEqualTo("ADL-3 (W)");
    }

    @Test
    void a_digital_replica_floors_the_level_at_2_and_marks_r_and_v() {
        Asset replica = new Asset(0, 1, 1, "r", AssetKind.SHOT, "d", new BigDecimal("1"), true,
                new Asset.AiUsage(AiUse.COMPOSITE, new BigDecimal("0.01"), List.of(), List.of(), null, null),
                new Asset.Oversight(null, List.of(), "dir"),
                List.of(new Asset.Likeness("ana", Set.of(Aspect.FACE, Aspect.VOICE), true, "c")), Set.of());
        Adl adl = adl(asset("a", AssetKind.SHOT, "100000", AiUse.NONE, null), replica);
        assertThat(adl.display()).isEqualTo("ADL-2 (R, V)");
        assertThat(adl.evidence()).extracting(e -> e.assets().first()).containsOnly(List.of("r"));
    }

    @Test
    void generated_music_floors_at_2_and_displacements_mark_x() {
        AdlCalculator calculator = new AdlCalculator(index(List.of(new Displacement(0, "composer", 1, null, null, List.of()))));
        calculator.accept(asset("cue", AssetKind.MUSIC, "1", AiUse.GENERATED, "0.000001"));
        calculator.accept(asset("a", AssetKind.SHOT, "10000000", AiUse.NONE, null));
        assertThat(calculator.result().display()).isEqualTo("ADL-2 (M, X)");
    }

    @Test
    void the_department_table_adds_up_to_the_totals() {
        Adl adl = adl(asset("a", AssetKind.SHOT, "30", AiUse.GENERATED, null), asset("b", AssetKind.SHOT, "70", AiUse.NONE, null));
        assertThat(adl.departments()).singleElement().satisfies(d -> {
            assertThat(d.seconds()).isEqualByComparingTo("100");
            assertThat(d.aiSeconds()).isEqualByComparingTo("30");
            assertThat(d.share()).isEqualByComparingTo("0.3");
        });
    }
}
