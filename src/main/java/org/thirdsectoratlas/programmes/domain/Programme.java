package org.thirdsectoratlas.programmes.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.shared.domain.Provenance;

/**
 * A programme, strategy or named piece of work: who runs it, who takes part (with the role a source states),
 * who funds it, and the grants made under it (360Giving grants whose {@code programmeId} names it).
 * <p>
 * A large grant programme can hold thousands of grants, so {@code grants} lists at most {@link #GRANTS_LISTED}
 * (newest award first) and {@code grantsTotal} counts every grant the viewer may see.
 */
@Schema(requiredProperties = {"id", "name", "aliases", "runBy", "participants", "funders", "grants", "grantsTotal", "provenance"})
public record Programme(String id, String name, List<String> aliases, String description,
                        List<Party> runBy, List<Party> participants, List<Party> funders,
                        List<Grant> grants, long grantsTotal, Provenance provenance) {

    /** At most this many entries in {@code grants}. */
    public static final int GRANTS_LISTED = 100;
}
