package org.guildmark.core.adl;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.guildmark.core.dossier.Asset;
import org.guildmark.core.dossier.Enums.AiUse;
import org.guildmark.core.dossier.Enums.AssetKind;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The ADL never under-discloses: its level always matches the exact share, whatever the asset mix. */
class AdlProperties {

    @Provide
    Arbitrary<List<Asset>> productions() {
        Arbitrary<AiUse> uses = Arbitraries.of(AiUse.class);
        Arbitrary<BigDecimal> seconds = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000")).ofScale(2);
        Arbitrary<BigDecimal> shares = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3);
        Arbitrary<Asset> asset = Combinators.combine(uses, seconds, shares, Arbitraries.of(true, false))
                .as((use, s, share, withShare) -> AdlCalculatorTest.asset("a", AssetKind.SHOT, s.toPlainString(), use,
                        withShare ? share.toPlainString() : null));
        return asset.list().ofMinSize(0).ofMaxSize(40);
    }

    @Property
    void the_level_matches_the_exact_share(@ForAll("productions") List<Asset> assets) {
        Adl adl = AdlCalculatorTest.adl(assets.toArray(Asset[]::new));
        BigDecimal s = adl.share();
        int expectedAtLeast = s.compareTo(new BigDecimal("0.5")) > 0 ? 4
                : s.compareTo(new BigDecimal("0.1")) > 0 ? 3 : s.signum() > 0 ? 2 : 0;
        assertThat(adl.level()).isGreaterThanOrEqualTo(expectedAtLeast);
        assertThat(adl.level()).isLessThanOrEqualTo(Math.max(expectedAtLeast, 2));
        assertThat(s).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
    }

    @Property
    void adding_generated_work_never_lowers_the_level(@ForAll("productions") List<Asset> assets) {
        Adl before = AdlCalculatorTest.adl(assets.toArray(Asset[]::new));
        Asset moreAi = AdlCalculatorTest.asset("z", AssetKind.SHOT, "10", AiUse.GENERATED, null);
        List<Asset> more = new java.util.ArrayList<>(assets);
        more.add(moreAi);
        Adl after = AdlCalculatorTest.adl(more.toArray(Asset[]::new));
        assertThat(after.share()).isGreaterThanOrEqualTo(before.share());
        assertThat(after.level()).isGreaterThanOrEqualTo(before.level());
    }
}
