package org.thirdsectoratlas.hsds.interfaces.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.thirdsectoratlas.hsds.domain.AtlasTaxonomy;
import org.thirdsectoratlas.hsds.domain.HsdsFacts;
import org.thirdsectoratlas.hsds.domain.OrgId;
import org.thirdsectoratlas.hsds.domain.StableUuid;
import org.thirdsectoratlas.shared.domain.Page;

/**
 * HSDS 3.0 (Open Referral UK) documents from an organisation's facts: the organization object and the paged
 * list. Only fields HSDS defines are written; the Atlas's networks, consortia and programme participation go in
 * {@code attributes} under {@link AtlasTaxonomy}. Every id is a {@link StableUuid}. docs/data-exchange.md has
 * the mapping table.
 */
public final class HsdsDocuments {

    private HsdsDocuments() {
    }

    /** The paged list: HSDS's Page fields (page_number counts from 1) and the organizations in contents. */
    public static JsonObject list(Page<HsdsFacts> page, String apiBase) {
        JsonArrayBuilder contents = Json.createArrayBuilder();
        page.items().forEach(o -> contents.add(organization(o, apiBase)));
        long totalPages = (page.total() + page.size() - 1) / page.size();
        return Json.createObjectBuilder()
                .add("total_items", page.total())
                .add("total_pages", totalPages)
                .add("page_number", page.page() + 1)
                .add("size", page.items().size())
                .add("first_page", page.page() == 0)
                .add("last_page", page.page() + 1 >= totalPages)
                .add("empty", page.items().isEmpty())
                .add("contents", contents)
                .build();
    }

    /** One organization, fully nested: identifiers, programs it runs, funding it receives, Atlas attributes. */
    public static JsonObject organization(HsdsFacts o, String apiBase) {
        String id = StableUuid.organisation(o.id()).toString();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", id)
                .add("name", o.name())
                .add("description", o.description() == null ? "" : o.description());
        if (!o.aliases().isEmpty()) {
            json.add("alternate_name", String.join("; ", o.aliases()));
        }
        if (isUri(o.website())) {
            json.add("website", o.website());
        }
        json.add("uri", apiBase + "organisations/" + o.id());

        JsonArrayBuilder identifiers = Json.createArrayBuilder();
        for (String code : o.identifiers()) {
            OrgId orgId = OrgId.parse(code);
            JsonObjectBuilder identifier = Json.createObjectBuilder()
                    .add("id", StableUuid.of("identifier", o.id() + "/" + code).toString())
                    .add("organization_id", id)
                    .add("identifier_type", orgId.label())
                    .add("identifier", orgId.value());
            if (orgId.scheme() != null) {
                identifier.add("identifier_scheme", orgId.scheme());
            }
            identifiers.add(identifier);
        }
        json.add("organization_identifiers", identifiers);

        JsonArrayBuilder programs = Json.createArrayBuilder();
        for (HsdsFacts.ProgrammeFacts p : o.runs()) {
            programs.add(Json.createObjectBuilder()
                    .add("id", StableUuid.of("programme", p.id()).toString())
                    .add("organization_id", id)
                    .add("name", p.name())
                    .add("description", p.description() == null ? "" : p.description()));
        }
        json.add("programs", programs);

        JsonArrayBuilder funding = Json.createArrayBuilder();
        for (HsdsFacts.Funding f : o.funding()) {
            String key = f.funderId() + "/" + o.id() + (f.grantId() == null ? "" : "/" + f.grantId());
            funding.add(Json.createObjectBuilder()
                    .add("id", StableUuid.of("funding", key).toString())
                    .add("organization_id", id)
                    .add("source", source(f)));
        }
        json.add("funding", funding);

        JsonArrayBuilder attributes = Json.createArrayBuilder();
        o.networks().forEach(n -> attributes.add(attribute(id, o.id(), AtlasTaxonomy.NETWORK_MEMBER, n.id())));
        o.consortia().forEach(c -> attributes.add(attribute(id, o.id(), AtlasTaxonomy.consortiumRole(c.role()), c.id())));
        o.joins().forEach(p -> attributes.add(attribute(id, o.id(), AtlasTaxonomy.PROGRAMME_PARTICIPANT, p.id())));
        json.add("attributes", attributes);
        return json.build();
    }

    /** Who funds it and, for a grant, what and when: HSDS funding has one free-text field for it. */
    static String source(HsdsFacts.Funding f) {
        StringBuilder text = new StringBuilder(f.funderName() == null ? f.funderId() : f.funderName());
        if (f.grantId() != null) {
            text.append(": grant ").append(f.grantId());
            if (f.title() != null) {
                text.append(" \"").append(f.title()).append('"');
            }
            if (f.amount() != null) {
                text.append(", ").append(BigDecimal.valueOf(f.amount()).stripTrailingZeros().toPlainString());
                if (f.currency() != null) {
                    text.append(' ').append(f.currency());
                }
            }
            if (f.awardDate() != null) {
                text.append(", awarded ").append(f.awardDate());
            }
            if (f.programmeId() != null) {
                text.append(", programme ").append(f.programmeId());
            }
        } else if (f.statedAs() != null) {
            text.append(": ").append(f.statedAs());
        }
        return text.toString();
    }

    private static JsonObject attribute(String organizationId, String atlasId, AtlasTaxonomy term, String value) {
        UUID attributeId = StableUuid.of("attribute", atlasId + "/" + term.code() + "/" + value);
        return Json.createObjectBuilder()
                .add("id", attributeId.toString())
                .add("link_id", organizationId)
                .add("link_type", term.code())
                .add("link_entity", "organization")
                .add("taxonomy_term_id", term.termId().toString())
                .add("value", value)
                .add("taxonomy_term", Json.createObjectBuilder()
                        .add("id", term.termId().toString())
                        .add("code", term.code())
                        .add("name", term.label())
                        .add("description", term.description())
                        .add("taxonomy", AtlasTaxonomy.NAME)
                        .add("taxonomy_id", AtlasTaxonomy.taxonomyId().toString())
                        .add("taxonomy_detail", Json.createObjectBuilder()
                                .add("id", AtlasTaxonomy.taxonomyId().toString())
                                .add("name", AtlasTaxonomy.NAME)
                                .add("description", AtlasTaxonomy.DESCRIPTION)
                                .add("version", AtlasTaxonomy.VERSION)))
                .build();
    }

    private static boolean isUri(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
