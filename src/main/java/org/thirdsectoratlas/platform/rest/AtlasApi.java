package org.thirdsectoratlas.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Third Sector Atlas API", version = "0.1",
        description = "Who works with whom in a city's third sector: organisations, networks, consortia, "
                + "and the ties of trust between them. Errors are RFC 9457 problem+json."))
public class AtlasApi extends Application {
}
