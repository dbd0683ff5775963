package org.thirdsectoratlas.security.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdsectoratlas.platform.rest.Problem;
import org.thirdsectoratlas.security.application.LoginThrottle;
import org.thirdsectoratlas.security.domain.AccessToken;
import org.thirdsectoratlas.security.domain.Caller;
import org.thirdsectoratlas.security.domain.UnauthenticatedException;
import org.thirdsectoratlas.security.infrastructure.LibertyTokenIssuer;
import org.thirdsectoratlas.security.infrastructure.LibertyUserRegistry;

/** Exchanges a user name and password for a bearer token: one curl call (README "Demo accounts"). */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
@RequestScoped
public class AuthResource {

    /** Bounds the work a login does with what an attacker sends. */
    static final int MAX_CREDENTIAL_LENGTH = 200;

    private LibertyUserRegistry registry;
    private LibertyTokenIssuer issuer;
    private LoginThrottle throttle;
    private Caller caller;

    @Context
    private HttpServletRequest request;

    protected AuthResource() {
        // for CDI proxies
    }

    @Inject
    public AuthResource(LibertyUserRegistry registry, LibertyTokenIssuer issuer, LoginThrottle throttle,
                        Caller caller) {
        this.caller = caller;
        this.registry = registry;
        this.issuer = issuer;
        this.throttle = throttle;
    }

    /** The JSON body of a token request. */
    public record Credentials(String user, String password) {
    }

    @GET
    @Path("me")
    @Operation(summary = "Who the bearer token says you are (anonymous without one)")
    @APIResponse(responseCode = "200", description = "The caller: user, roles, organisations")
    public Caller me() {
        return caller;
    }

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Get a bearer token for a user name and password (form: user, password)")
    @APIResponse(responseCode = "200", description = "A signed JWT to send as 'Authorization: Bearer ...'")
    @APIResponse(responseCode = "401", description = "Wrong user name or password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many failed attempts for this user; wait",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccessToken tokenFromForm(@FormParam("user") String user, @FormParam("password") String password) {
        return token(user, password);
    }

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get a bearer token for a user name and password (JSON: {\"user\", \"password\"})")
    @APIResponse(responseCode = "200", description = "A signed JWT to send as 'Authorization: Bearer ...'")
    @APIResponse(responseCode = "401", description = "Wrong user name or password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccessToken tokenFromJson(Credentials credentials) {
        return credentials == null ? token(null, null) : token(credentials.user(), credentials.password());
    }

    private AccessToken token(String user, String password) {
        if (user == null || password == null || user.isBlank() || user.length() > MAX_CREDENTIAL_LENGTH
                || password.length() > MAX_CREDENTIAL_LENGTH) {
            throw new UnauthenticatedException("Send a user and a password.");
        }
        if (throttle.isBlocked(user)) {
            throw new TooManyAttempts();
        }
        var caller = registry.authenticate(request, user, password);
        if (caller.isEmpty()) {
            throttle.failed(user);
            throw new UnauthenticatedException("The user name or password is wrong.");
        }
        throttle.succeeded(user);
        return issuer.issue(caller.get());
    }

    /** A 429 problem: the caller should wait. */
    static final class TooManyAttempts extends jakarta.ws.rs.WebApplicationException {
        TooManyAttempts() {
            super(Problem.of("too-many-attempts", "Too many failed logins", Response.Status.TOO_MANY_REQUESTS,
                    "Too many failed logins for this user; wait a few minutes.").toResponse());
        }
    }
}
