package org.thirdsectoratlas.generator.domain;

import java.util.Arrays;

/** Picks an index with probability proportional to its weight (binary search over cumulative weights). */
final class WeightedChoice {

    private final double[] cumulative;

    WeightedChoice(double... weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        cumulative = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            cumulative[i] = total;
        }
    }

    /** Zipf weights 1/rank^exponent: the first few items take a large share, the rest a long tail. */
    static WeightedChoice zipf(int size, double exponent) {
        double[] weights = new double[size];
        for (int i = 0; i < size; i++) {
            weights[i] = 1.0 / Math.pow(i + 1, exponent);
        }
        return new WeightedChoice(weights);
    }

    int pick(Sampler sampler) {
        double target = sampler.unit() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, target);
        return Math.min(i >= 0 ? i + 1 : -i - 1, cumulative.length - 1);
    }

    int size() {
        return cumulative.length;
    }
}
