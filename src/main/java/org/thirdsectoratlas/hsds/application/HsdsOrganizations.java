package org.thirdsectoratlas.hsds.application;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.hsds.domain.HsdsFacts;
import org.thirdsectoratlas.hsds.domain.HsdsRepository;
import org.thirdsectoratlas.hsds.domain.StableUuid;
import org.thirdsectoratlas.platform.graph.GraphChanges;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * The HSDS read use cases. An HSDS id is a name-based UUID of the Atlas id ({@link StableUuid}) and cannot be
 * turned back, so a UUID is looked up in a map of every organisation's UUID, built on first use and rebuilt
 * when a UUID is missing and the graph has changed since (or the map is older than a minute: writes to an
 * external graph by others are not all seen). A UUID still in the map after its organisation went is simply
 * not found in the graph. Memory: one entry per organisation (about 100 bytes each).
 */
@ApplicationScoped
public class HsdsOrganizations {

    private static final long REBUILD_AFTER_NANOS = 60_000_000_000L;

    private HsdsRepository repository;
    private GraphChanges changes;
    private volatile Index index;

    private record Index(Map<UUID, String> ids, long version, long builtAt) {
    }

    protected HsdsOrganizations() {
        // for CDI proxies
    }

    @Inject
    public HsdsOrganizations(HsdsRepository repository, GraphChanges changes) {
        this.repository = repository;
        this.changes = changes;
    }

    /** The organisation with this HSDS id, as the viewer may see it; UnknownIdException (404) otherwise. */
    public HsdsFacts get(UUID id, Viewer viewer) {
        String atlasId = atlasId(id);
        if (atlasId == null) {
            throw new UnknownIdException("organization", id.toString());
        }
        return repository.find(atlasId, viewer)
                .orElseThrow(() -> new UnknownIdException("organization", id.toString()));
    }

    /** The facts of the organisation with this Atlas id (the linked-data representation reads them too). */
    public HsdsFacts find(String atlasId, Viewer viewer) {
        return repository.find(atlasId, viewer).orElseThrow(() -> new UnknownIdException("organisation", atlasId));
    }

    public Page<HsdsFacts> list(String words, PageRequest request, Viewer viewer) {
        return repository.list(words, request, viewer);
    }

    private String atlasId(UUID id) {
        Index current = index;
        if (current != null) {
            String found = current.ids().get(id);
            boolean fresh = current.version() == changes.version()
                    && System.nanoTime() - current.builtAt() < REBUILD_AFTER_NANOS;
            if (found != null || fresh) {
                return found;
            }
        }
        return rebuild().ids().get(id);
    }

    private synchronized Index rebuild() {
        long version = changes.version();
        Index current = index;
        if (current != null && current.version() == version
                && System.nanoTime() - current.builtAt() < REBUILD_AFTER_NANOS) {
            return current; // another request rebuilt it meanwhile
        }
        Map<UUID, String> ids = new HashMap<>();
        for (String atlasId : repository.organisationIds()) {
            ids.put(StableUuid.organisation(atlasId), atlasId);
        }
        Index built = new Index(Map.copyOf(ids), version, System.nanoTime());
        index = built;
        return built;
    }
}
