package org.thirdsectoratlas.localities.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.shared.domain.Link;
import org.thirdsectoratlas.shared.domain.Provenance;

/**
 * A place, the places it is part of and the places within it, and the organisations and networks that
 * work there (directly; the organisation list of /api/organisations?locality= also includes places within).
 *
 * @param kind CITY, REGION, NATION (smaller kinds may follow)
 */
@Schema(requiredProperties = {"id", "name", "partOf", "places", "organisations", "networks", "provenance"})
public record Locality(String id, String name, String kind, List<Link> partOf, List<Link> places,
                       List<Link> organisations, List<Link> networks, Provenance provenance) {
}
