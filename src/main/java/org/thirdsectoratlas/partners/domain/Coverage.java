package org.thirdsectoratlas.partners.domain;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Wanted communities, localities and resource kinds (ids / kind words). */
@Schema(requiredProperties = {"communities", "localities", "resourceKinds"})
public record Coverage(List<String> communities, List<String> localities, List<String> resourceKinds) {

    public static final Coverage NONE = new Coverage(List.of(), List.of(), List.of());

    public int size() {
        return communities.size() + localities.size() + resourceKinds.size();
    }

    public Coverage minus(Coverage other) {
        return new Coverage(without(communities, other.communities), without(localities, other.localities),
                without(resourceKinds, other.resourceKinds));
    }

    public Coverage plus(Coverage other) {
        return new Coverage(union(communities, other.communities), union(localities, other.localities),
                union(resourceKinds, other.resourceKinds));
    }

    private static List<String> without(List<String> a, List<String> b) {
        Set<String> drop = Set.copyOf(b);
        return a.stream().filter(x -> !drop.contains(x)).sorted().toList();
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
