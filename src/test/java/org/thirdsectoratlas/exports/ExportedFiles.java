package org.thirdsectoratlas.exports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;

/** Reads exported files back with real consumers (JGraphT's importers, java.util.zip), never our writers. */
final class ExportedFiles {

    /** A graph as JGraphT read it, with the attributes its importer reported. */
    record Read(Graph<String, DefaultEdge> graph, Map<String, Map<String, String>> nodeAttributes,
                Map<DefaultEdge, Map<String, String>> edgeAttributes) {

        String node(String id, String attribute) {
            return nodeAttributes.getOrDefault(id, Map.of()).get(attribute);
        }
    }

    private ExportedFiles() {
    }

    static Read gexf(byte[] file) {
        SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
        // JGraphT bundles the GEXF 1.2 schema; the 1.3 file is validated against the 1.3 XSD in the tests.
        importer.setSchemaValidation(false);
        importer.setVertexFactory(id -> id);
        return read(file, importer::addVertexAttributeConsumer, importer::addEdgeAttributeConsumer,
                (g, in) -> importer.importGraph(g, in));
    }

    static Read graphml(byte[] file) {
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        return read(file, importer::addVertexAttributeConsumer, importer::addEdgeAttributeConsumer,
                (g, in) -> importer.importGraph(g, in));
    }

    private interface Registration<T> {
        void add(java.util.function.BiConsumer<org.jgrapht.alg.util.Pair<T, String>, Attribute> consumer);
    }

    private interface Import {
        void run(Graph<String, DefaultEdge> graph, java.io.Reader in);
    }

    private static Read read(byte[] file, Registration<String> vertices, Registration<DefaultEdge> edges,
                             Import importer) {
        Graph<String, DefaultEdge> graph = new DirectedPseudograph<>(DefaultEdge.class);
        Map<String, Map<String, String>> nodeAttributes = new HashMap<>();
        Map<DefaultEdge, Map<String, String>> edgeAttributes = new HashMap<>();
        vertices.add((p, a) -> nodeAttributes.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), a.getValue()));
        edges.add((p, a) -> edgeAttributes.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), a.getValue()));
        importer.run(graph, new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8));
        return new Read(graph, nodeAttributes, edgeAttributes);
    }

    /** Extracts a zip into a new temporary folder, refusing entries that would land outside it. */
    static Path unzip(byte[] zip) {
        try {
            Path dir = Files.createTempDirectory("atlas-export");
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    Path target = dir.resolve(entry.getName()).normalize();
                    if (!target.startsWith(dir)) {
                        throw new IllegalStateException("zip entry outside the folder: " + entry.getName());
                    }
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
