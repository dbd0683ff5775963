package org.thirdsectoratlas.exports.interfaces.rest;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdsectoratlas.exports.application.GraphExport;
import org.thirdsectoratlas.exports.domain.ExportFormat;
import org.thirdsectoratlas.map.domain.MapFilter;
import org.thirdsectoratlas.map.domain.MapFilterRules;
import org.thirdsectoratlas.platform.rest.ApiDocs;
import org.thirdsectoratlas.platform.rest.InvalidParameterException;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.security.domain.Caller;

@Path("exports")
@Tag(name = "Exports")
@RequestScoped
public class GraphExportResource {

    private GraphExport export;
    private Caller caller;

    protected GraphExportResource() {
        // for CDI proxies
    }

    @Inject
    public GraphExportResource(GraphExport export, Caller caller) {
        this.export = export;
        this.caller = caller;
    }

    @GET
    @Path("graph")
    @Operation(operationId = "exportGraph", summary = "Download the network map's graph as a file",
            description = "The organisations, networks, consortia and shared resources the network map's filters "
                    + "keep, with the ties among them, as GEXF 1.3 or GraphML (Gephi, networkx), Kumu's XLSX "
                    + "(sheets Elements and Connections) or JSON blueprint, or atlas-csv: a zip in the graph-seed/ "
                    + "layout that the Atlas imports. Only what the caller may see (anonymous callers: public "
                    + "facts). The file is written as the graph is read; its name says the city, filters and day. "
                    + "Mapping tables: docs/data-exchange.md.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment",
            content = {
                    @Content(mediaType = "application/gexf+xml", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/graphml+xml", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT,
                            description = "Kumu blueprint: {\"elements\": [...], \"connections\": [...]}")),
                    @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response exportGraph(
            @Parameter(description = "gexf, graphml, kumu-xlsx, kumu-json or atlas-csv (kumu-xlsx is refused with a 400 "
                    + "when the view has more elements or connections than a sheet's 1,048,575 rows)", required = true,
                    example = "gexf") @QueryParam("format") String format,
            @Parameter(description = "id of a community: organisations supporting it, and networks and consortia "
                    + "with such members", example = "sex-workers") @QueryParam("community") String community,
            @Parameter(description = "id of a locality, read like community", example = "leeds")
            @QueryParam("locality") String locality,
            @Parameter(description = "only organisations of this kind (networks and consortia stay)",
                    example = "CHARITY") @QueryParam("kind") String kind,
            @Parameter(description = "id of a network: its members and itself", example = "leeds-solidarity-network")
            @QueryParam("network") String network,
            @Parameter(description = "INFORMAL, SEMI_FORMAL or FORMAL: ties and groups of this formality",
                    example = "FORMAL") @QueryParam("formality") String formality,
            @Parameter(description = "true: confirmed ties only") @QueryParam("confirmedOnly") String confirmedOnly,
            @Parameter(description = "id of an organisation, network or consortium: only its neighbourhood",
                    example = "leeds-gate") @QueryParam("focus") String focus,
            @Parameter(description = "ties from the focus, 1 to 3 (default 1); only with focus")
            @QueryParam("radius") String radius) {
        ExportFormat chosen = ExportFormat.of(format).orElseThrow(() -> new InvalidParameterException("format",
                format == null || format.isBlank() ? "format is required: one of " + ExportFormat.tokens()
                        : "format must be one of " + ExportFormat.tokens()));
        MapFilter filter = new MapFilter(blank(community), blank(locality), word(kind), blank(network),
                word(formality), Params.bool("confirmedOnly", confirmedOnly, false));
        String focused = blank(focus);
        List<String> unusable = MapFilterRules.unusable(focused, filter);
        if (!unusable.isEmpty()) {
            throw new InvalidParameterException(unusable.get(0), MapFilterRules.allowed(unusable.get(0)));
        }
        if (focused == null && blank(radius) != null) {
            throw new InvalidParameterException("radius", "radius counts ties from a focus: give focus too");
        }
        int hops = Params.integer("radius", radius, 1, 1, GraphExport.MAX_RADIUS);
        GraphExport.Prepared prepared = export.prepare(chosen, filter, focused, hops, caller.viewer());
        StreamingOutput body = out -> export.write(prepared, out);
        return Response.ok(body, chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + prepared.fileName() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private static String blank(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /** Enum words as the rest of the API takes them: any case, '-' for '_'. */
    private static String word(String raw) {
        String value = blank(raw);
        return value == null ? null : value.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
