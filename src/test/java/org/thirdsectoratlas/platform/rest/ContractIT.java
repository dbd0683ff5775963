package org.thirdsectoratlas.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thirdsectoratlas.testing.Api;
import org.thirdsectoratlas.testing.DemoUsers;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.Http;

/**
 * The contract check: real answers on the Leeds seed validated against the schemas the OpenAPI document declares
 * for them (ContractSchemas: networknt, draft 2020-12, formats asserted, undeclared properties are errors).
 */
class ContractIT extends DeployedAtlasTest {

    private static final ContractSchemas SCHEMAS = new ContractSchemas(Path.of("target", "generated", "openapi.json"));


    private static void holds(String method, String template, HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "").strip();
        List<String> errors = SCHEMAS.errors(method, template, response.statusCode(), type, response.body());
        assertTrue(errors.isEmpty(), method + " " + response.uri() + " " + response.statusCode() + ": " + errors
                + "\n" + response.body().substring(0, Math.min(2000, response.body().length())));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ' ', value = {
            "/api/organisations/{id} api/organisations/leeds-gate",
            "/api/organisations/{id} api/organisations/voluntary-action-leeds",
            "/api/organisations/{id} api/organisations/age-uk-leeds",
            "/api/organisations api/organisations",
            "/api/organisations api/organisations?q=solidarity",
            "/api/organisations api/organisations?locality=leeds&community=sex-workers&size=5&page=1",
            "/api/organisations/{id}/collaborators api/organisations/leeds-gate/collaborators",
            "/api/networks api/networks",
            "/api/networks/{id} api/networks/leeds-solidarity-network",
            "/api/consortia api/consortia",
            "/api/consortia/{id} api/consortia/advonet-consortium",
            "/api/consortia/{id}/readiness api/consortia/advonet-consortium/readiness",
            "/api/communities api/communities?survey=true",
            "/api/communities/{id} api/communities/sex-workers",
            "/api/localities api/localities",
            "/api/localities/{id} api/localities/leeds",
            "/api/resources api/resources",
            "/api/resources/{id} api/resources/orion-partnership-physical-space",
            "/api/contracts api/contracts",
            "/api/pathways api/pathways?from=leeds-gate&to=yorkshire-mesmac",
            "/api/collaborations api/collaborations?community=gypsies-and-travellers",
            "/api/insights/coverage api/insights/coverage",
            "/api/insights/summary api/insights/summary",
            "/api/insights/lead-exposure api/insights/lead-exposure",
            "/api/insights/connectors api/insights/connectors",
            "/api/auth/me api/auth/me"})
    void aReadAnswersWhatTheDocumentDeclares(String template, String path) {
        var response = Http.get(path);
        assertEquals(200, response.statusCode(), path + " " + response.body());
        holds("GET", template, response);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ' ', value = {
            "/api/organisations/{id} api/organisations/no-such-organisation",
            "/api/organisations api/organisations?size=500",
            "/api/pathways api/pathways?from=leeds-gate",
            "/api/collaborations api/collaborations"})
    void aProblemIsTheDeclaredProblem(String template, String path) {
        var response = Http.get(path);
        assertTrue(response.statusCode() >= 400, path);
        holds("GET", template, response);
    }

    @Test
    void theSignedInAnswersHoldToo() {
        holds("GET", "/api/auth/me", Api.get("api/auth/me", DemoUsers.MEMBER_LEEDS_GATE));
        holds("GET", "/api/organisations/{id}/editable",
                Api.get("api/organisations/leeds-gate/editable", DemoUsers.MEMBER_LEEDS_GATE));
        holds("GET", "/api/organisations/{id}/history",
                Api.get("api/organisations/leeds-gate/history", DemoUsers.MEMBER_LEEDS_GATE));
        holds("POST", "/api/auth/token", Http.send(DemoUsers.tokenRequest(DemoUsers.MEMBER_BASIS,
                DemoUsers.password(DemoUsers.MEMBER_BASIS))));
    }
}
