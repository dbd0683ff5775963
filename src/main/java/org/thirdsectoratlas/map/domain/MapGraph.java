package org.thirdsectoratlas.map.domain;

import java.util.List;

/**
 * What the map shows: a bounded set of nodes and the ties among them. {@code hidden} counts the nodes
 * that matched but were left out to keep the map readable (the explorer says so and offers to focus).
 */
public record MapGraph(List<MapNode> nodes, List<MapEdge> edges, long hidden) {
}
