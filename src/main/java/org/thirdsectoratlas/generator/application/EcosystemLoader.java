package org.thirdsectoratlas.generator.application;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.logging.Logger;

import org.thirdsectoratlas.generator.domain.EcosystemGenerator;
import org.thirdsectoratlas.generator.domain.Generation;
import org.thirdsectoratlas.generator.domain.ReferenceData;
import org.thirdsectoratlas.seed.application.SeedInstaller;
import org.thirdsectoratlas.seed.domain.SeedDataset;
import org.thirdsectoratlas.seed.domain.SeedParser;
import org.thirdsectoratlas.seed.domain.SeedSource;

/**
 * Use case: load a generated ecosystem beside the research seed, or remove one. The seed (and with it
 * the schema, whose uniqueness constraints make MERGE on id an index seek) is installed first, because
 * generated organisations serve the seed's communities and consortia use its structures.
 * Generated data is its own dataset: the seed loader never touches it, and it is loaded only on request.
 */
public class EcosystemLoader {

    public static final int DEFAULT_BATCH = 10_000;
    /** Every label the generator writes, for removal. */
    public static final List<String> LABELS = List.of("Organisation", "Network", "Consortium", "Contract",
            "Resource", "Locality");

    private static final Logger LOG = Logger.getLogger(EcosystemLoader.class.getName());

    private final EcosystemStore store;
    private final SeedInstaller seeds;
    private final SeedSource seedSource;
    private final int batchSize;

    public EcosystemLoader(EcosystemStore store, SeedInstaller seeds, SeedSource seedSource, int batchSize) {
        this.store = store;
        this.seeds = seeds;
        this.seedSource = seedSource;
        this.batchSize = batchSize;
    }

    public LoadReport load(Generation generation) {
        SeedDataset seed = new SeedParser(seedSource).parse();
        seeds.install(seedSource, false);
        String probe = generation.idPrefix() + "org-000000";
        var present = store.sourceRefOf("Organisation", probe);
        present.filter(ref -> !ref.equals(generation.sourceRef()))
                .ifPresent(ref -> {
                    throw new IllegalStateException("The graph already holds " + generation.dataset() + " from " + ref
                            + "; remove it first (--remove) before loading " + generation.sourceRef());
                });
        LoadStamp stamp = new LoadStamp(generation.dataset(), generation.sourceRef(), ZonedDateTime.now(),
                present.isEmpty());
        long started = System.nanoTime();
        BatchingSink sink = new BatchingSink(store, stamp, batchSize);
        new EcosystemGenerator(ReferenceData.from(seed)).generate(generation, sink);
        sink.flush();
        LoadReport report = new LoadReport(generation.dataset(), generation.sourceRef(), sink.nodeCount(),
                sink.tieCount(), sink.transactions(), Duration.ofNanos(System.nanoTime() - started),
                sink.tiesByType(), sink.millisByKind());
        LOG.info(report::toString);
        return report;
    }

    public EcosystemStore.Removal remove(String dataset) {
        if (!dataset.startsWith("generated-")) {
            throw new IllegalArgumentException("only generated datasets can be removed here, not '" + dataset + "'");
        }
        EcosystemStore.Removal removal = store.remove(dataset, LABELS);
        LOG.info(() -> "Removed " + removal);
        return removal;
    }
}
