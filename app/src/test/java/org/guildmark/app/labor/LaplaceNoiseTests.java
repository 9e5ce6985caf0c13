package org.guildmark.app.labor;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The Laplace mechanism's draws: centred on zero with mean absolute deviation 1/ε, on a seeded generator. */
class LaplaceNoiseTests {

    @Test
    void draws_have_the_laplace_distributions_centre_and_spread() {
        LaplaceNoise noise = new LaplaceNoise(0.5, new SplittableRandom(20261201L));
        int n = 200_000;
        double sum = 0;
        double absolute = 0;
        for (int i = 0; i < n; i++) {
            double d = noise.draw();
            sum += d;
            absolute += Math.abs(d);
        }

        // Laplace(0, b): mean 0, E|X| = b = 1/ε = 2; the standard error over 200,000 draws is about 0.006.
        assertThat(sum / n).isCloseTo(0, within(0.05));
        assertThat(absolute / n).isCloseTo(2.0, within(0.05));
    }

    @Test
    void noisy_counts_are_whole_and_never_negative_and_epsilon_is_bounded() {
        LaplaceNoise noise = new LaplaceNoise(0.1, new SplittableRandom(7L));
        for (int i = 0; i < 10_000; i++) {
            assertThat(noise.noisy(0)).isNotNegative();
        }
        assertThatThrownBy(() -> new LaplaceNoise(0, new SplittableRandom())).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> new LaplaceNoise(Double.NaN, new SplittableRandom())).isInstanceOf(
                IllegalArgumentException.class);
    }
}
