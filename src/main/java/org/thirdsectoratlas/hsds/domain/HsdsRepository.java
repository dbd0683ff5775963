package org.thirdsectoratlas.hsds.domain;

import java.util.List;
import java.util.Optional;

import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.Viewer;

/** Reads the facts of HSDS organisation records, only what the viewer may see. */
public interface HsdsRepository {

    Optional<HsdsFacts> find(String atlasId, Viewer viewer);

    /** A page of organisations by name (or by relevance to the search words, when given). */
    Page<HsdsFacts> list(String words, PageRequest request, Viewer viewer);

    /** Every organisation id in the graph, for the UUID to id index. */
    List<String> organisationIds();
}
