package org.thirdsectoratlas.generator.application;

import java.util.List;
import java.util.Optional;

import org.thirdsectoratlas.generator.domain.GeneratedNode;
import org.thirdsectoratlas.generator.domain.GeneratedTie;

/** The bulk graph operations a generated dataset needs; implemented over Neo4j in infrastructure. */
public interface EcosystemStore {

    /** Writes (merges on id) nodes that all have the same label, in one transaction. */
    void writeNodes(String label, List<GeneratedNode> nodes, LoadStamp stamp);

    /** Writes (merges) ties that all have the same type and end labels, in one transaction. */
    void writeTies(List<GeneratedTie> ties, LoadStamp stamp);

    /** The sourceRef of the node with this label and id, if the graph has it. */
    Optional<String> sourceRefOf(String label, String id);

    /** Deletes every node of the dataset with the given labels, and so their ties, in batches. */
    Removal remove(String dataset, List<String> labels);

    /** What a removal deleted. */
    record Removal(String dataset, long nodes, long ties) {
    }
}
