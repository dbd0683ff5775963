package org.thirdsectoratlas.exports.domain;

import java.util.Set;

import org.thirdsectoratlas.map.domain.MapFilter;
import org.thirdsectoratlas.shared.domain.Viewer;

/** Reads the graph for an export, streaming: every read applies the privacy rule for the viewer. */
public interface GraphExportRepository {

    /**
     * Ids of the organisations, networks and consortia within {@code radius} ties of the focus (the focus
     * included), through ties and nodes the filter keeps; throws UnknownIdException when the viewer can see
     * no node with that id.
     */
    Set<String> neighbourhood(String focus, int radius, MapFilter filter, Viewer viewer);

    /** The nodes then the edges of the selection, handed to the sink as the records arrive. */
    void streamGraph(GraphSelection selection, Viewer viewer, GraphSink sink);

    /** The selection as graph-seed/ tables (nodes per label, relationships per type and labels). */
    void streamTables(GraphSelection selection, Viewer viewer, TableSink sink);

    /** The name of the city's dataset (e.g. leeds), for file names. */
    String datasetName();
}
