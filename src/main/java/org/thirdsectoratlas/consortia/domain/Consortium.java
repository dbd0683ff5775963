package org.thirdsectoratlas.consortia.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.shared.domain.Link;
import org.thirdsectoratlas.shared.domain.Provenance;

/**
 * A consortium with its structure (as the research describes it), its partners and their roles
 * (kind = organisation kind, role = lead|minor|subcontractor|equal|manager), its lead partner (null
 * when none is recorded) and the contracts it delivers (kind = the commissioner's name).
 */
@Schema(requiredProperties = {"id", "name", "partners", "contracts", "provenance"})
public record Consortium(String id, String name, String description, Structure structure, List<Link> partners,
                         Link lead, List<Link> contracts, Provenance provenance) {

    /** One of the research's three consortium structures; null on the consortium when unstated. */
    @Schema(requiredProperties = {"id", "name", "roles"})
    public record Structure(String id, String name, String description, String prevalence, List<String> roles) {
    }
}
