package org.thirdsectoratlas.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.thirdsectoratlas.generator.domain.EcosystemGenerator;
import org.thirdsectoratlas.generator.domain.EcosystemSink;
import org.thirdsectoratlas.generator.domain.GeneratedNode;
import org.thirdsectoratlas.generator.domain.GeneratedTie;
import org.thirdsectoratlas.generator.domain.Generation;
import org.thirdsectoratlas.generator.domain.ReferenceData;
import org.thirdsectoratlas.seed.domain.SeedParser;
import org.thirdsectoratlas.seed.infrastructure.DirectorySeedSource;
import org.thirdsectoratlas.testing.TestGraph;

/** A generated ecosystem held in memory, for checking its shape in tests (small sizes only). */
record CollectedEcosystem(List<GeneratedNode> nodes, List<GeneratedTie> ties) implements EcosystemSink {

    static EcosystemGenerator generator() {
        return new EcosystemGenerator(ReferenceData.from(new SeedParser(new DirectorySeedSource(TestGraph.SEED))
                .parse()));
    }

    static CollectedEcosystem of(Generation generation) {
        CollectedEcosystem collected = new CollectedEcosystem(new ArrayList<>(), new ArrayList<>());
        generator().generate(generation, collected);
        return collected;
    }

    @Override
    public void node(GeneratedNode node) {
        nodes.add(node);
    }

    @Override
    public void tie(GeneratedTie tie) {
        ties.add(tie);
    }

    List<GeneratedNode> nodes(String label) {
        return nodes.stream().filter(n -> n.label().equals(label)).toList();
    }

    List<GeneratedTie> ties(String type) {
        return ties.stream().filter(t -> t.type().equals(type)).toList();
    }

    /** How many ties of a type each end node has, keyed by the end's id. */
    Map<String, Long> countBy(String type, Function<GeneratedTie, String> end) {
        return ties(type).stream().collect(Collectors.groupingBy(end, Collectors.counting()));
    }
}
