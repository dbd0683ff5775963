package org.thirdsectoratlas.security.interfaces.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import org.thirdsectoratlas.platform.rest.ApiDocs;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
    @Schema(requiredProperties = {"user", "password"})
    public record Credentials(@Schema(maxLength = MAX_CREDENTIAL_LENGTH, example = "member-leeds-gate") String user,
                              @Schema(maxLength = MAX_CREDENTIAL_LENGTH, format = "password") String password) {
    }

    @GET
    @Path("me")
    @Operation(operationId = "getCaller", summary = "Who the bearer token says you are (anonymous without one)",
            description = "What the server reads from the bearer token: the user, whether authenticated, the roles, "
                    + "whether a moderator and the organisations the user is a member of. Without a token: "
                    + "anonymous, no roles.")
    @APIResponse(responseCode = "200", description = "The caller: user, roles, organisations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Me.class)))
    public Me me() {
        return Me.of(caller);
    }

    /**
     * The answer of GET /api/auth/me. Its names are those the endpoint has always sent (isAuthenticated,
     * isModerator); the document used to call them authenticated and moderator (docs/api.md).
     */
    @Schema(name = "Me", requiredProperties = {"isAuthenticated", "isModerator", "roles", "organisations"})
    public record Me(
            @Schema(description = "the user name; absent when anonymous", maxLength = 200, example = "member-leeds-gate")
            String user,
            @JsonbProperty("isAuthenticated") boolean isAuthenticated,
            @Schema(description = "member, moderator, admin", maxItems = 10) java.util.List<String> roles,
            @JsonbProperty("isModerator") @Schema(description = "moderator or admin") boolean isModerator,
            @Schema(description = "ids of the organisations the user is a member of", maxItems = 1000)
            java.util.List<String> organisations) {

        static Me of(Caller caller) {
            return new Me(caller.user(), caller.isAuthenticated(), caller.roles().stream().sorted().toList(),
                    caller.isModerator(), caller.organisations().stream().sorted().toList());
        }
    }

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "createToken", summary = "Get a bearer token for a user name and password",
            description = "Exchanges a user name and password (form fields or a JSON object) for a signed, "
                    + "short-lived JWT to send as `Authorization: Bearer ...`. Failed attempts for a user are "
                    + "throttled.")
    @APIResponse(responseCode = "200", description = "A signed JWT to send as 'Authorization: Bearer ...'",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccessToken.class)))
    @APIResponse(responseCode = "401", description = "Wrong user name or password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many failed attempts for this user, or over this client's "
            + "quota; wait (Retry-After)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = Credentials.class)))
    public AccessToken tokenFromForm(@FormParam("user") String user, @FormParam("password") String password) {
        return token(user, password);
    }

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createToken", summary = "Get a bearer token for a user name and password",
            description = "Exchanges a user name and password (form fields or a JSON object) for a signed, "
                    + "short-lived JWT to send as `Authorization: Bearer ...`. Failed attempts for a user are "
                    + "throttled.")
    @APIResponse(responseCode = "200", description = "A signed JWT to send as 'Authorization: Bearer ...'",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccessToken.class)))
    @APIResponse(responseCode = "401", description = "Wrong user name or password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many failed attempts for this user, or over this client's "
            + "quota; wait (Retry-After)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Credentials.class)))
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
