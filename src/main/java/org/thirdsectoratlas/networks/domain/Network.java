package org.thirdsectoratlas.networks.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.programmes.domain.ProgrammeTie;
import org.thirdsectoratlas.shared.domain.Link;
import org.thirdsectoratlas.shared.domain.Provenance;

/**
 * A network with its members (kind = organisation kind, role = membership role), the infrastructure
 * bodies supporting it, its funders, the communities it supports, where it works, what it shares, and the
 * programmes it runs or takes part in.
 *
 * @param formality INFORMAL, SEMI_FORMAL, FORMAL, or null when no source states it
 */
@Schema(requiredProperties = {"id", "name", "aliases", "members", "supportedBy", "funders", "communities", "localities", "resources", "programmes", "provenance"})
public record Network(String id, String name, List<String> aliases, String formality, String description,
                      List<Link> members, List<Link> supportedBy, List<Link> funders, List<Link> communities,
                      List<Link> localities, List<Link> resources, List<ProgrammeTie> programmes,
                      Provenance provenance) {
}
