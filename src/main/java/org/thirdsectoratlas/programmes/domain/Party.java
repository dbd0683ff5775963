package org.thirdsectoratlas.programmes.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.shared.domain.Provenance;

/**
 * An organisation or network at the other end of a programme tie (RUNS, PARTICIPATES_IN or FUNDS).
 *
 * @param type     ORGANISATION or NETWORK: which page and API path the id belongs to
 * @param kind     the organisation's kind, or the network's formality (null when none is stated)
 * @param role     the role the source states for it (e.g. "funder"), or the funding as stated; null when none
 */
@Schema(requiredProperties = {"id", "name"})
public record Party(String id, String name, String type, String kind, String role, Provenance provenance) {

    public static final String ORGANISATION = "ORGANISATION";
    public static final String NETWORK = "NETWORK";

    public boolean network() {
        return NETWORK.equals(type);
    }
}
