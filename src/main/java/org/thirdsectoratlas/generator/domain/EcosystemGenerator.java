package org.thirdsectoratlas.generator.domain;

/**
 * Generates a realistic third-sector ecosystem in the Atlas graph model, deterministically: the same
 * seed and size always give the same elements in the same order. See docs/generator.md for the shape.
 */
public final class EcosystemGenerator {

    private final ReferenceData reference;

    public EcosystemGenerator(ReferenceData reference) {
        this.reference = reference;
    }

    public void generate(Generation generation, EcosystemSink sink) {
        Sampler root = new Sampler(generation.seed());
        Emitter out = new Emitter(sink, root.split(), generation);
        Geography places = Geography.generate(root.split(), out, reference, generation.size().organisations());
        Population orgs = Population.generate(root.split(), out, places, reference,
                generation.size().organisations());
        Networks networks = Networks.generate(root.split(), out, orgs, reference);
        Consortia.generate(root.split(), out, orgs, reference);
        Collaborations.generate(root.split(), out, orgs);
        Resources.generate(root.split(), out, orgs, networks);
        Support.generate(root.split(), out, orgs, networks);
    }
}
