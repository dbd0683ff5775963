package org.thirdsectoratlas.organisations.interfaces.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;

import org.thirdsectoratlas.hsds.application.HsdsOrganizations;
import org.thirdsectoratlas.hsds.domain.AtlasTaxonomy;
import org.thirdsectoratlas.hsds.domain.HsdsFacts;
import org.thirdsectoratlas.hsds.domain.OrgId;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * An organisation as JSON-LD: a schema.org {@code Organization} (name, identifier as PropertyValue with the
 * org-id scheme as propertyID, memberOf its networks and consortia, areaServed, funder) and W3C ORG memberships
 * ({@code org:Membership} with {@code org:role} for a consortium partner's role and {@code org:memberDuring}
 * when the tie records dates). The @context is inline, so no processor fetches anything. Every node is named by
 * its Atlas API address. The organisation page embeds the same document ({@link #scriptSafe(String)}).
 */
@ApplicationScoped
public class OrganisationLinkedData {

    public static final String MEDIA_TYPE = "application/ld+json";
    /** Roles (org:Role) are the Atlas taxonomy's terms, named under this address. */
    public static final String ROLES = "https://thirdsectoratlas.org/ns/roles/";

    private HsdsOrganizations organizations;

    protected OrganisationLinkedData() {
        // for CDI proxies
    }

    @Inject
    public OrganisationLinkedData(HsdsOrganizations organizations) {
        this.organizations = organizations;
    }

    /** The document for what the viewer may see; UnknownIdException (404) when absent or hidden. */
    public JsonObject document(String id, Viewer viewer, String apiBase) {
        return document(organizations.find(id, viewer), apiBase);
    }

    static JsonObject document(HsdsFacts o, String apiBase) {
        String self = apiBase + "organisations/" + o.id();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("@context", context())
                .add("@id", self)
                .add("@type", Json.createArrayBuilder().add("Organization").add("org:Organization"))
                .add("name", o.name());
        if (!o.aliases().isEmpty()) {
            json.add("alternateName", Json.createArrayBuilder(o.aliases()));
        }
        if (o.description() != null) {
            json.add("description", o.description());
        }
        if (o.website() != null) {
            json.add("url", o.website());
        }
        JsonArrayBuilder identifiers = Json.createArrayBuilder();
        for (String code : o.identifiers()) {
            OrgId orgId = OrgId.parse(code);
            JsonObjectBuilder identifier = Json.createObjectBuilder().add("@type", "PropertyValue")
                    .add("value", orgId.value()).add("name", orgId.label());
            if (orgId.scheme() != null) {
                identifier.add("propertyID", orgId.scheme());
            }
            identifiers.add(identifier);
        }
        json.add("identifier", identifiers);

        JsonArrayBuilder memberOf = Json.createArrayBuilder();
        JsonArrayBuilder memberships = Json.createArrayBuilder();
        for (HsdsFacts.Tie n : o.networks()) {
            String network = apiBase + "networks/" + n.id();
            memberOf.add(node(network, "Organization", n.name()));
            memberships.add(membership(self, network, AtlasTaxonomy.NETWORK_MEMBER, n));
        }
        for (HsdsFacts.Tie c : o.consortia()) {
            String consortium = apiBase + "consortia/" + c.id();
            memberOf.add(node(consortium, "Organization", c.name()));
            memberships.add(membership(self, consortium, AtlasTaxonomy.consortiumRole(c.role()), c));
        }
        json.add("memberOf", memberOf).add("org:hasMembership", memberships);

        JsonArrayBuilder areas = Json.createArrayBuilder();
        o.areas().forEach(l -> areas.add(node(apiBase + "localities/" + l.id(), "Place", l.name())));
        json.add("areaServed", areas);

        Map<String, String> funders = new LinkedHashMap<>();
        o.funding().forEach(f -> funders.putIfAbsent(f.funderId(), f.funderName()));
        JsonArrayBuilder funder = Json.createArrayBuilder();
        funders.forEach((id, name) -> funder.add(node(apiBase + "organisations/" + id, "Organization", name)));
        json.add("funder", funder);
        return json.build();
    }

    /**
     * Whether the caller prefers linked data: the first of its acceptable types (best first) that either answer
     * satisfies is application/ld+json itself; a wildcard or application/json gets the plain answer.
     */
    public static boolean preferred(List<MediaType> acceptable) {
        MediaType ld = new MediaType("application", "ld+json");
        for (MediaType type : acceptable) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(ld)) {
                return !type.isWildcardSubtype() && !type.isWildcardType();
            }
        }
        return false;
    }

    /**
     * The document as the text of a {@code <script type="application/ld+json">}: every {@code <}, {@code >} and
     * {@code &} written as a JSON escape, so no name can close the script element ("&lt;/script&gt;") or open a
     * comment; the JSON value is unchanged (those characters only ever occur inside strings).
     */
    public static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static JsonObject context() {
        return Json.createObjectBuilder()
                .add("@vocab", "https://schema.org/")
                .add("org", "http://www.w3.org/ns/org#")
                .add("time", "http://www.w3.org/2006/time#")
                .add("skos", "http://www.w3.org/2004/02/skos/core#")
                .add("xsd", "http://www.w3.org/2001/XMLSchema#")
                .add("org:hasMembership", Json.createObjectBuilder().add("@container", "@set"))
                .add("org:member", Json.createObjectBuilder().add("@type", "@id"))
                .add("org:organization", Json.createObjectBuilder().add("@type", "@id"))
                .add("time:inXSDDate", Json.createObjectBuilder().add("@type", "xsd:date"))
                .build();
    }

    private static JsonObject node(String id, String type, String name) {
        JsonObjectBuilder node = Json.createObjectBuilder().add("@id", id).add("@type", type);
        if (name != null) {
            node.add("name", name);
        }
        return node.build();
    }

    private static JsonObject membership(String member, String organization, AtlasTaxonomy role, HsdsFacts.Tie tie) {
        JsonObjectBuilder membership = Json.createObjectBuilder()
                .add("@type", "org:Membership")
                .add("org:member", member)
                .add("org:organization", organization)
                .add("org:role", Json.createObjectBuilder()
                        .add("@id", ROLES + role.code())
                        .add("@type", "org:Role")
                        .add("skos:prefLabel", role.label()));
        if (tie.startDate() != null || tie.endDate() != null) {
            JsonObjectBuilder interval = Json.createObjectBuilder().add("@type", "time:Interval");
            if (tie.startDate() != null) {
                interval.add("time:hasBeginning", instant(tie.startDate()));
            }
            if (tie.endDate() != null) {
                interval.add("time:hasEnd", instant(tie.endDate()));
            }
            membership.add("org:memberDuring", interval);
        }
        return membership.build();
    }

    private static JsonObject instant(String date) {
        return Json.createObjectBuilder().add("@type", "time:Instant").add("time:inXSDDate", date).build();
    }
}
