package org.guildmark.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsentMixTest {
    @Test
    void the_mix_permits_and_denies_for_every_reason_the_evaluator_gives() {
        ConsentMix mix = ConsentMix.generate(2_000, 20_000, 42);
        ConsentCheckBenchmark.Outcomes outcomes = ConsentCheckBenchmark.outcomes(mix);
        assertThat(outcomes.permits).isPositive();
        assertThat(outcomes.denies).isPositive();
        assertThat(outcomes.missing()).isEmpty();
        assertThat(outcomes.reasons.keySet()).containsAll(ConsentCheckBenchmark.EVALUATOR_REASONS);
    }

    @Test
    void the_mix_is_the_same_for_the_same_seed() {
        ConsentMix a = ConsentMix.generate(500, 2_000, 7);
        ConsentMix b = ConsentMix.generate(500, 2_000, 7);
        assertThat(a.queries).containsExactly(b.queries);
        assertThat(a.consentsByPerson).isEqualTo(b.consentsByPerson);
    }
}
