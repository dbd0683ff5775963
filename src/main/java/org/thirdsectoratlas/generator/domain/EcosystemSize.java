package org.thirdsectoratlas.generator.domain;

import java.util.Locale;

/**
 * How many organisations a generated ecosystem has. S is about one city (Leeds has a few thousand
 * organisations), M a region, L a national network (England and Wales: ~170,000 registered charities).
 */
public record EcosystemSize(String name, int organisations) {

    public static final EcosystemSize S = new EcosystemSize("S", 3_500);
    public static final EcosystemSize M = new EcosystemSize("M", 30_000);
    public static final EcosystemSize L = new EcosystemSize("L", 200_000);

    /** Below this the fixed bodies (councils, infrastructure, funders) would crowd out everyone else. */
    public static final int MINIMUM = 100;

    public EcosystemSize {
        if (organisations < MINIMUM) {
            throw new IllegalArgumentException("a generated ecosystem needs at least " + MINIMUM + " organisations");
        }
    }

    /** "S", "M", "L" or a number of organisations (which is then also its name). */
    public static EcosystemSize parse(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        return switch (value) {
            case "S" -> S;
            case "M" -> M;
            case "L" -> L;
            default -> {
                try {
                    yield new EcosystemSize(value, Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("size must be S, M, L or a number of organisations, not '"
                            + text + "'");
                }
            }
        };
    }
}
