package org.thirdsectoratlas.seed.application;

import java.util.logging.Logger;

import org.thirdsectoratlas.seed.domain.SeedDataset;
import org.thirdsectoratlas.seed.domain.SeedParser;
import org.thirdsectoratlas.seed.domain.SeedSource;

/**
 * Use case: bring the graph's schema and seed up to the version in graph-seed/.
 * The files are parsed and validated whole first, so a malformed seed never half-writes.
 */
public class SeedInstaller {

    private static final Logger LOG = Logger.getLogger(SeedInstaller.class.getName());

    private final SeedStore store;

    public SeedInstaller(SeedStore store) {
        this.store = store;
    }

    /** Installs when the graph holds no or an older version; {@code force} rewrites the same version. */
    public SeedReport install(SeedSource source, boolean force) {
        SeedDataset dataset = new SeedParser(source).parse();
        store.applySchema(dataset.schemaStatements());
        String name = dataset.manifest().dataset();
        int version = dataset.manifest().version();
        int installed = store.installedVersion(name).orElse(0);
        if (installed >= version && !force) {
            LOG.info(() -> "Seed '" + name + "' version " + installed + " is already installed");
            return SeedReport.upToDate(name, installed);
        }
        SeedReport report = store.write(dataset);
        LOG.info(() -> "Seed '" + name + "' version " + version + " installed: " + report);
        return report;
    }
}
