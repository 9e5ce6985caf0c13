package org.guildmark.app.labor;

import java.util.random.RandomGenerator;

/**
 * Differential-privacy noise for exported counts: each count gets Laplace noise of scale {@code 1/ε} (a worker or
 * person changes one cell of a table by one, so the sensitivity is 1), rounded to a whole number and kept at zero
 * or more. Smaller ε, more noise. Noise is drawn afresh for every export, so exporting the same table many times
 * spends the privacy budget many times over: the guild decides how often to publish.
 */
final class LaplaceNoise {

    static final double MINIMUM_EPSILON = 0.01;
    static final double MAXIMUM_EPSILON = 10;

    private final double scale;
    private final RandomGenerator random;

    LaplaceNoise(double epsilon, RandomGenerator random) {
        if (!(epsilon >= MINIMUM_EPSILON && epsilon <= MAXIMUM_EPSILON)) {
            throw new IllegalArgumentException("epsilon is between " + MINIMUM_EPSILON + " and " + MAXIMUM_EPSILON
                    + ", was " + epsilon);
        }
        this.scale = 1 / epsilon;
        this.random = random;
    }

    /** A draw from Laplace(0, 1/ε), by inverting its distribution function at a uniform point of (-1/2, 1/2). */
    double draw() {
        double u = random.nextDouble() - 0.5;
        while (u == -0.5) {
            u = random.nextDouble() - 0.5;
        }
        return -scale * Math.signum(u) * Math.log(1 - 2 * Math.abs(u));
    }

    long noisy(long count) {
        return Math.max(0, Math.round(count + draw()));
    }
}
