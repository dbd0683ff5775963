package org.thirdsectoratlas.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.client.ApiClient;
import org.thirdsectoratlas.client.ApiException;
import org.thirdsectoratlas.client.api.AuthenticationApi;
import org.thirdsectoratlas.client.api.EditingApi;
import org.thirdsectoratlas.client.api.OrganisationsApi;
import org.thirdsectoratlas.client.api.PathwaysApi;
import org.thirdsectoratlas.client.model.Credentials;
import org.thirdsectoratlas.client.model.PagedListOrganisationSummary;
import org.thirdsectoratlas.client.model.Tie;
import org.thirdsectoratlas.client.model.TieClaim;
import org.thirdsectoratlas.testing.AtlasDeployment;
import org.thirdsectoratlas.testing.DemoUsers;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.ServerGraph;

/**
 * An outside service's view: the client openapi-generator made from the build's OpenAPI document (java.net.http
 * and Jackson, generated in generate-test-sources), not hand-written HTTP, reads, pages, searches, signs in and
 * writes. A document that describes an answer wrongly fails here when the client cannot read it.
 */
class GeneratedClientIT extends DeployedAtlasTest {

    @AfterAll
    static void restoreTheSeed() {
        ServerGraph.resetToLeedsSeed();
    }

    /** A client for the test server (the document's first server is the production https address). */
    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(AtlasDeployment.base().toString().replaceAll("/$", ""));
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private static String token(String user) throws ApiException {
        var token = new AuthenticationApi(client(null))
                .createToken(new Credentials().user(user).password(DemoUsers.password(user)));
        assertEquals("Bearer", token.getTokenType());
        assertEquals(user, token.getUser());
        return token.getAccessToken();
    }

    @Test
    void readsAnOrganisation() throws ApiException {
        var organisation = new OrganisationsApi(client(null)).getOrganisation("leeds-gate");
        assertEquals("Leeds GATE", organisation.getName());
        assertEquals("leeds-gate", organisation.getId());
    }

    @Test
    void pagesTheDirectoryByItsNextLinks() throws ApiException {
        var organisations = new OrganisationsApi(client(null));
        PagedListOrganisationSummary page = organisations.listOrganisations(null, null, null, "leeds", null, 0, null, 10,
                null);
        long total = page.getTotal();
        Set<String> seen = new HashSet<>();
        int pages = 0;
        while (true) {
            page.getItems().forEach(item -> assertTrue(seen.add(item.getId()), "twice: " + item.getId()));
            pages++;
            if (page.getLinks().getNext() == null) {
                break;
            }
            // The next link's page number, asked for through the client.
            String next = page.getLinks().getNext().getQuery().replaceAll(".*page=(\\d+).*", "$1");
            page = organisations.listOrganisations(null, null, null, "leeds", null, Integer.parseInt(next), null, 10,
                    null);
        }
        assertEquals(total, seen.size());
        assertEquals((total + 9) / 10, pages);
        assertNull(page.getLinks().getNext());
        assertEquals(page.getLinks().getLast(), page.getLinks().getSelf());
    }

    @Test
    void findsPathways() throws ApiException {
        var result = new PathwaysApi(client(null)).findPathways("leeds-gate", "yorkshire-mesmac", null, null, null, 3,
                null, null, null);
        assertEquals("leeds-gate", result.getFrom());
        assertFalse(result.getPathways().isEmpty(), result.toString());
        var best = result.getPathways().get(0);
        assertEquals("leeds-gate", best.getHops().get(0).getFromId());
        assertEquals("yorkshire-mesmac", best.getHops().get(best.getHops().size() - 1).getToId());
        assertEquals(best.getHops().size(), best.getHopCount());
    }

    @Test
    void aWrongPasswordIsA401Problem() {
        var refused = assertThrows(ApiException.class, () -> new AuthenticationApi(client(null))
                .createToken(new Credentials().user(DemoUsers.MEMBER_BASIS).password("not-the-password")));
        assertEquals(401, refused.getCode());
        assertTrue(refused.getResponseHeaders().firstValue("Content-Type").orElse("")
                .startsWith("application/problem+json"));
    }

    @Test
    void recordsATieSafeToRetryAndTheOtherSideConfirmsIt() throws ApiException {
        EditingApi leedsGate = new EditingApi(client(token(DemoUsers.MEMBER_LEEDS_GATE)));
        TieClaim claim = new TieClaim().kind(TieClaim.KindEnum.COLLABORATION).from("leeds-gate")
                .to("basis-yorkshire").detail("TRAINING");
        String key = java.util.UUID.randomUUID().toString();
        Tie claimed = leedsGate.createTie(claim, key);
        assertEquals(Tie.StatusEnum.CLAIMED, claimed.getStatus());
        assertNotNull(claimed.getId());
        assertEquals(claimed.getId(), leedsGate.createTie(claim, key).getId(),
                "sent again with its Idempotency-Key: the first answer, not a second tie (nor a 409)");

        Tie confirmed = new EditingApi(client(token(DemoUsers.MEMBER_BASIS))).confirmTie(claimed.getId(), null);
        assertEquals(Tie.StatusEnum.CONFIRMED, confirmed.getStatus());
        assertEquals(DemoUsers.MEMBER_BASIS, confirmed.getConfirmedBy());
        assertEquals(claimed.getId(), new EditingApi(client(null)).getTie(claimed.getId()).getId());
    }
}
