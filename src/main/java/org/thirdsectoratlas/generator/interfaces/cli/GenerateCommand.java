package org.thirdsectoratlas.generator.interfaces.cli;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.thirdsectoratlas.generator.application.EcosystemLoader;
import org.thirdsectoratlas.generator.application.LoadReport;
import org.thirdsectoratlas.generator.domain.EcosystemCensus;
import org.thirdsectoratlas.generator.domain.EcosystemDigest;
import org.thirdsectoratlas.generator.domain.EcosystemGenerator;
import org.thirdsectoratlas.generator.domain.EcosystemSize;
import org.thirdsectoratlas.generator.domain.Generation;
import org.thirdsectoratlas.generator.domain.ReferenceData;
import org.thirdsectoratlas.generator.infrastructure.graph.Neo4jEcosystemStore;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.seed.application.SeedInstaller;
import org.thirdsectoratlas.seed.domain.SeedParser;
import org.thirdsectoratlas.seed.domain.SeedSource;
import org.thirdsectoratlas.seed.infrastructure.ClasspathSeedSource;
import org.thirdsectoratlas.seed.infrastructure.Neo4jSeedStore;

/**
 * Loads (or removes) a generated ecosystem in a running Atlas's graph over Bolt. See docs/generator.md:
 * <pre>
 * mvn -o -q compile exec:java@generate -Dexec.args="--size L --uri bolt://127.0.0.1:7687 [--seed 42]"
 * mvn -o -q compile exec:java@generate -Dexec.args="--size L --uri bolt://127.0.0.1:7687 --remove"
 * mvn -o -q compile exec:java@generate -Dexec.args="--size S --dry-run"
 * </pre>
 */
public final class GenerateCommand {

    static final String USAGE = """
            usage: GenerateCommand --size S|M|L|<organisations> [--uri bolt://127.0.0.1:7687] [--seed 42]
                                   [--database neo4j] [--batch 10000] [--remove | --dry-run]
              --remove   delete the generated dataset of that size (generated-<size>) instead of loading it
              --dry-run  generate without a graph and print the counts and the SHA-256 of the output
            """;

    private GenerateCommand() {
    }

    record Options(EcosystemSize size, String uri, long seed, String database, int batch, boolean remove,
                   boolean dryRun) {

        static Options parse(String[] args) {
            EcosystemSize size = null;
            String uri = "bolt://127.0.0.1:7687";
            long seed = Generation.DEFAULT_SEED;
            String database = "neo4j";
            int batch = EcosystemLoader.DEFAULT_BATCH;
            boolean remove = false;
            boolean dryRun = false;
            List<String> rest = new ArrayList<>(List.of(args));
            while (!rest.isEmpty()) {
                String flag = rest.remove(0);
                switch (flag) {
                    case "--remove" -> remove = true;
                    case "--dry-run" -> dryRun = true;
                    case "--size" -> size = EcosystemSize.parse(value(flag, rest));
                    case "--uri" -> uri = value(flag, rest);
                    case "--seed" -> seed = Long.parseLong(value(flag, rest));
                    case "--database" -> database = value(flag, rest);
                    case "--batch" -> batch = Integer.parseInt(value(flag, rest));
                    default -> throw new IllegalArgumentException("unknown option '" + flag + "'");
                }
            }
            if (size == null) {
                throw new IllegalArgumentException("--size is required");
            }
            return new Options(size, uri, seed, database, batch, remove, dryRun);
        }

        private static String value(String flag, List<String> rest) {
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return rest.remove(0);
        }
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        Generation generation = new Generation(options.seed(), options.size());
        SeedSource seed = new ClasspathSeedSource(GenerateCommand.class.getClassLoader());
        if (options.dryRun()) {
            EcosystemGenerator generator = new EcosystemGenerator(ReferenceData.from(new SeedParser(seed).parse()));
            EcosystemCensus census = new EcosystemCensus();
            long started = System.nanoTime();
            generator.generate(generation, census);
            System.out.printf("%s: %s (generated in %d ms)%n", generation.sourceRef(), census,
                    (System.nanoTime() - started) / 1_000_000);
            System.out.println("sha256 " + EcosystemDigest.of(generator, generation));
            return;
        }
        try (Driver driver = GraphDatabase.driver(options.uri(), AuthTokens.none())) {
            Graph graph = new Graph(driver, options.database());
            graph.verifyConnectivity();
            EcosystemLoader loader = new EcosystemLoader(new Neo4jEcosystemStore(graph),
                    new SeedInstaller(new Neo4jSeedStore(graph)), seed, options.batch());
            if (options.remove()) {
                System.out.println(loader.remove(generation.dataset()));
            } else {
                LoadReport report = loader.load(generation);
                System.out.println(report);
            }
        }
    }
}
