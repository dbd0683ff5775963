package org.thirdsectoratlas.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.testing.Api;
import org.thirdsectoratlas.testing.DemoUsers;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.Http;
import org.thirdsectoratlas.testing.ServerGraph;

/**
 * Networks, consortia and contracts over HTTP: who may record them, partners claimed until they confirm,
 * uniqueness, validation, If-Match, history and undo, and that the read API shows what was written.
 */
class GroupEditingIT extends DeployedAtlasTest {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);


    private static String consortium(String id, String name, String lead, String partner) {
        return """
                {"id": "%s", "name": "%s", "description": "Made by GroupEditingIT", "structure": "LEAD_PARTNER",
                 "lead": "%s", "partners": [{"organisation": "%s", "role": "minor"}]}""".formatted(id, name, lead, partner);
    }

    private static HttpResponse<String> put(String path, String json, String etag, String user) {
        var builder = Api.request("PUT", path, json, user);
        if (etag != null) {
            builder.header("If-Match", etag);
        }
        return Http.send(builder.build());
    }

    private static Map<String, JsonObject> tiesByOrganisation(JsonObject group) {
        return group.getJsonArray("ties").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(t -> t.getString("from"), t -> t));
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    @Test
    void aMemberRecordsAConsortiumLedByTheirOrganisationAndTheOtherPartnerConfirmsItsPlace() {
        String id = "it-consortium-" + RUN;
        var created = Api.post("api/consortia", consortium(id, "IT Consortium " + RUN, "leeds-gate", "basis-yorkshire"),
                DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/consortia/" + id));
        assertEquals("\"v1\"", etag(created));
        JsonObject group = Http.json(created);
        assertEquals("SELF_REPORTED", group.getJsonObject("provenance").getString("source"));
        assertEquals("leeds-gate", group.getJsonObject("details").getString("lead"));
        var ties = tiesByOrganisation(group);
        assertEquals("CONFIRMED", ties.get("leeds-gate").getString("status"), "the caller speaks for the lead");
        assertEquals("lead", ties.get("leeds-gate").getString("detail"));
        assertEquals("CLAIMED", ties.get("basis-yorkshire").getString("status"), "the other partner has not said yes");

        JsonObject read = Http.json(Http.get("api/consortia/" + id));
        assertEquals("IT Consortium " + RUN, read.getString("name"));
        assertEquals(2, read.getJsonArray("partners").size(), read.toString());
        assertEquals("LEAD_PARTNER", read.getJsonObject("structure").getString("id"));
        assertTrue(Http.get("api/consortia?partner=basis-yorkshire").body().contains(id));

        String claim = ties.get("basis-yorkshire").getString("id");
        assertEquals(403, Api.post("api/ties/" + claim + "/confirm", null, DemoUsers.MEMBER_LEEDS_GATE).statusCode(),
                "the side that named BASIS cannot confirm for it");
        assertEquals(403, put("api/consortia/" + id, consortium(id, "Renamed by BASIS", "leeds-gate", "basis-yorkshire"),
                etag(created), DemoUsers.MEMBER_BASIS).statusCode(), "a claimed partner does not yet speak for it");
        var confirmed = Api.post("api/ties/" + claim + "/confirm", null, DemoUsers.MEMBER_BASIS);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals("CONFIRMED", Http.json(confirmed).getString("status"));
        var editable = Api.get("api/consortia/" + id + "/editable", DemoUsers.MEMBER_BASIS);
        assertEquals(200, editable.statusCode(), "a confirmed partner may edit it: " + editable.body());
    }

    @Test
    void writesNeedATokenAndAMemberCannotRecordAConsortiumOfOtherOrganisations() {
        String id = "it-others-" + RUN;
        var anonymous = Api.post("api/consortia", consortium(id, "IT Others " + RUN, "basis-yorkshire", "lassn"), null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        var others = Api.post("api/consortia", consortium(id, "IT Others " + RUN, "basis-yorkshire", "lassn"),
                DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(403, others.statusCode(), others.body());
        assertEquals(404, Http.get("api/consortia/" + id).statusCode(), "nothing was written");
        assertEquals(403, Api.post("api/contracts", """
                {"name": "IT Contract of others %s", "commissioner": "leeds-city-council", "deliveredBy": "lassn"}"""
                .formatted(RUN), DemoUsers.MEMBER_LEEDS_GATE).statusCode());
        assertEquals(403, Api.post("api/networks", """
                {"name": "IT Network of others %s", "members": [{"organisation": "lassn"}]}""".formatted(RUN),
                DemoUsers.MEMBER_BASIS).statusCode());
    }

    @Test
    void namesAreUniqueAndBadFieldsAre400NamingTheField() {
        String id = "it-unique-" + RUN;
        assertEquals(201, Api.post("api/consortia", consortium(id, "IT Unique " + RUN, "leeds-gate", "lassn"),
                DemoUsers.MEMBER_LEEDS_GATE).statusCode());
        var sameName = Api.post("api/consortia", consortium(id + "-b", "it unique " + RUN, "leeds-gate", "lassn"),
                DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(409, sameName.statusCode(), sameName.body());
        assertEquals("name", Http.json(sameName).getString("parameter"));
        var sameId = Api.post("api/networks", """
                {"id": "leeds-gate", "name": "IT Id Clash %s", "members": [{"organisation": "leeds-gate"}]}"""
                .formatted(RUN), DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(409, sameId.statusCode(), "ids are unique across organisations and groups: " + sameId.body());
        assertEquals("id", Http.json(sameId).getString("parameter"));

        Map<String, String> bad = Map.of(
                "structure", consortium(id + "-c", "IT Bad " + RUN, "leeds-gate", "lassn").replace("LEAD_PARTNER", "CARTEL"),
                "partners", consortium(id + "-c", "IT Bad " + RUN, "leeds-gate", "lassn").replace("minor", "delivery"),
                "lead", consortium(id + "-c", "IT Bad " + RUN, "Leeds GATE!", "lassn"));
        bad.forEach((field, json) -> {
            var response = Api.post("api/consortia", json, DemoUsers.MEMBER_LEEDS_GATE);
            assertEquals(400, response.statusCode(), field + ": " + response.body());
            assertEquals(field, Http.json(response).getString("parameter"), response.body());
        });
        var unknown = Api.post("api/consortia", consortium(id + "-c", "IT Bad " + RUN, "leeds-gate", "no-such-org"),
                DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertEquals("partners", Http.json(unknown).getString("parameter"));
        var backwards = Api.post("api/contracts", """
                {"name": "IT Backwards %s", "commissioner": "leeds-city-council", "deliveredBy": "leeds-gate",
                 "startDate": "2025-04-01", "endDate": "2024-03-31"}""".formatted(RUN), DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(400, backwards.statusCode(), backwards.body());
        assertEquals("endDate", Http.json(backwards).getString("parameter"));
        var negative = Api.post("api/contracts", """
                {"name": "IT Negative %s", "commissioner": "leeds-city-council", "deliveredBy": "leeds-gate",
                 "value": -5}""".formatted(RUN), DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(400, negative.statusCode(), negative.body());
        assertEquals("value", Http.json(negative).getString("parameter"));
        assertEquals(404, Http.get("api/consortia/" + id + "-c").statusCode());
    }

    @Test
    void aStaleVersionIs412WithTheCurrentStateAndNoIfMatchIs428() {
        String id = "it-stale-consortium-" + RUN;
        var created = Api.post("api/consortia", consortium(id, "IT Stale C " + RUN, "leeds-gate", "lassn"),
                DemoUsers.MEMBER_LEEDS_GATE);
        String v1 = etag(created);
        var first = put("api/consortia/" + id, consortium(id, "IT Stale C First " + RUN, "leeds-gate", "lassn"), v1,
                DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("\"v2\"", etag(first));
        var second = put("api/consortia/" + id, consortium(id, "IT Stale C Second " + RUN, "leeds-gate", "lassn"), v1,
                DemoUsers.MODERATOR);
        assertEquals(412, second.statusCode(), second.body());
        assertEquals("IT Stale C First " + RUN, Http.json(second).getJsonObject("current").getString("name"));
        assertEquals("\"v2\"", etag(second));
        assertEquals(428, put("api/consortia/" + id, consortium(id, "No Tag", "leeds-gate", "lassn"), null,
                DemoUsers.MEMBER_LEEDS_GATE).statusCode());
        assertEquals("IT Stale C First " + RUN, Http.json(Http.get("api/consortia/" + id)).getString("name"));
    }

    @Test
    void aContractNamesItsPartiesAndShowsOnItsConsortium() {
        String consortiumId = "it-delivery-" + RUN;
        assertEquals(201, Api.post("api/consortia", consortium(consortiumId, "IT Delivery " + RUN, "leeds-gate",
                "lassn"), DemoUsers.MEMBER_LEEDS_GATE).statusCode());
        String id = "it-contract-" + RUN;
        String contract = """
                {"id": "%s", "name": "IT Contract %s", "value": 125000.50, "startDate": "2025-04-01",
                 "endDate": "2027-03-31", "commissioner": "%s", "deliveredBy": "%s"}""";
        var created = Api.post("api/contracts", contract.formatted(id, RUN, "leeds-city-council", consortiumId),
                DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject details = Http.json(created).getJsonObject("details");
        assertEquals("leeds-city-council", details.getString("commissioner"));
        assertEquals(consortiumId, details.getString("deliveredBy"));
        Map<String, String> statusByKind = Http.json(created).getJsonArray("ties").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(t -> t.getString("kind"), t -> t.getString("status")));
        assertEquals(Map.of("DELIVERS", "CONFIRMED", "COMMISSIONED_BY", "CLAIMED"), statusByKind,
                "the caller speaks for the deliverer (its lead), not the council");

        JsonObject read = Http.json(Http.get("api/contracts/" + id));
        assertEquals(125000.5, read.getJsonNumber("value").doubleValue(), 0.001);
        assertTrue(Http.get("api/consortia/" + consortiumId).body().contains(id));
        var otherParty = put("api/contracts/" + id, contract.formatted(id, RUN, "leeds-community-foundation",
                consortiumId), etag(created), DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(409, otherParty.statusCode(), otherParty.body());
        assertEquals("commissioner", Http.json(otherParty).getString("parameter"));
    }

    @Test
    void aNetworksHistoryListsItsCreationAndAModeratorsUndoRemovesItExactly() {
        String id = "it-network-" + RUN;
        String before = Http.get("api/organisations/leeds-gate").body();
        var created = Api.post("api/networks", """
                {"id": "%s", "name": "IT Network %s", "formality": "INFORMAL",
                 "members": [{"organisation": "leeds-gate"}, {"organisation": "lassn", "role": "host"}]}"""
                .formatted(id, RUN), DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(201, created.statusCode(), created.body());
        var ties = tiesByOrganisation(Http.json(created));
        assertEquals("CONFIRMED", ties.get("leeds-gate").getString("status"));
        assertEquals("CLAIMED", ties.get("lassn").getString("status"));
        assertEquals(200, Http.get("api/networks/" + id).statusCode());

        var history = Http.json(Api.get("api/networks/" + id + "/history", DemoUsers.MEMBER_LEEDS_GATE));
        JsonObject change = history.getJsonArray("items").getJsonObject(0);
        assertEquals("CREATE", change.getString("action"));
        assertEquals(403, Api.get("api/networks/" + id + "/history", DemoUsers.MEMBER_BASIS).statusCode());
        assertEquals(403, Api.post("api/changes/" + change.getString("id") + "/undo", null,
                DemoUsers.MEMBER_LEEDS_GATE).statusCode());
        var undo = Api.post("api/changes/" + change.getString("id") + "/undo", null, DemoUsers.MODERATOR);
        assertEquals(200, undo.statusCode(), undo.body());
        assertEquals(404, Http.get("api/networks/" + id).statusCode());
        assertEquals(before, Http.get("api/organisations/leeds-gate").body(), "Leeds GATE is as it was");
    }

    @AfterAll
    static void leaveOnlyTheLeedsSeed() {
        ServerGraph.resetToLeedsSeed();
    }
}
