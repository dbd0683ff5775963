package org.thirdsectoratlas.generator.domain;

import java.util.Locale;

/**
 * One generated dataset: a size and a seed. Its ids carry the size so datasets of different sizes never
 * collide with each other, and the "gen-" prefix keeps them apart from the research seed's slugs.
 */
public record Generation(long seed, EcosystemSize size) {

    public static final long DEFAULT_SEED = 42;
    public static final String SOURCE = "GENERATED";

    public String dataset() {
        return "generated-" + size.name();
    }

    public String sourceRef() {
        return "generator:" + seed + ":" + size.name();
    }

    public String idPrefix() {
        return "gen-" + size.name().toLowerCase(Locale.ROOT) + "-";
    }
}
