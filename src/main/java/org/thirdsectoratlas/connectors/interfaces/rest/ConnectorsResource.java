package org.thirdsectoratlas.connectors.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdsectoratlas.connectors.application.ConnectorsInsight;
import org.thirdsectoratlas.connectors.domain.Betweenness;
import org.thirdsectoratlas.connectors.domain.Connectors;
import org.thirdsectoratlas.platform.rest.Problem;

@Path("insights/connectors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insights")
@RequestScoped
public class ConnectorsResource {

    private ConnectorsInsight insight;

    protected ConnectorsResource() {
        // for CDI proxies
    }

    @Inject
    public ConnectorsResource(ConnectorsInsight insight) {
        this.insight = insight;
    }

    @GET
    @Operation(operationId = "getConnectors", summary = "Connectors: single points of failure and brokers of the trust graph",
            description = "singlePointsOfFailure: organisations (articulation points, Tarjan O(V+E)) without which "
                    + "other organisations lose every trust path to the rest, with who is cut off. brokers: "
                    + "betweenness over shortest trust pathways, exact up to " + Betweenness.EXACT_LIMIT
                    + " organisations, estimated from " + Betweenness.SAMPLES + " sampled sources above. "
                    + ConnectorsInsight.STALENESS)
    @APIResponse(responseCode = "200", description = "The connectors, with computedAt and the staleness rule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Connectors.class),
                    examples = @ExampleObject(name = "a chain a - b - c", value = """
                            {"computedAt":"2026-11-25T17:00:00Z","staleness":"...","organisations":3,"groups":0,
                            "singlePointsOfFailure":[{"id":"b","name":"B","cutOffCount":1,
                            "cutOff":[{"id":"a","name":"A"}],"betweenness":1.0}],
                            "brokers":[{"id":"b","name":"B","betweenness":1.0,"normalised":1.0,
                            "singlePointOfFailure":true}],"betweennessExact":true,"betweennessSources":3,
                            "computeMillis":1}""")))
    @APIResponse(responseCode = "503", description = "The graph is unavailable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Connectors connectors() {
        return insight.current();
    }
}
