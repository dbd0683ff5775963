package org.thirdsectoratlas.generator.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** The generator's only source of chance: a seeded {@link SplittableRandom}, so output is reproducible. */
final class Sampler {

    private final SplittableRandom random;

    Sampler(long seed) {
        this(new SplittableRandom(seed));
    }

    private Sampler(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream for one phase, so phases do not shift each other's draws. */
    Sampler split() {
        return new Sampler(random.split());
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform in [low, high], both included. */
    int between(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    double unit() {
        return random.nextDouble();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Number of successes before a failure, with the given mean: a light tail for counts per organisation. */
    int geometric(double mean, int cap) {
        double p = 1.0 / (1.0 + mean);
        int k = (int) Math.floor(Math.log(1.0 - random.nextDouble()) / Math.log(1.0 - p));
        return Math.min(k, cap);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    int pick(int[] items) {
        return items[random.nextInt(items.length)];
    }

    LocalDate date(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    }
}
