package org.thirdsectoratlas.security.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.thirdsectoratlas.platform.rest.Problem;
import org.thirdsectoratlas.security.domain.ForbiddenException;
import org.thirdsectoratlas.security.domain.UnauthenticatedException;

/** 401 and 403 as problem+json; the 401 says how to authenticate. */
public final class SecurityProblems {

    private SecurityProblems() {
    }

    public static Response unauthenticated(String detail) {
        return Response.fromResponse(Problem.of("unauthenticated", "Authentication required",
                        Response.Status.UNAUTHORIZED, detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"atlas\"").build();
    }

    @Provider
    public static class Unauthenticated implements ExceptionMapper<UnauthenticatedException> {
        @Override
        public Response toResponse(UnauthenticatedException e) {
            return unauthenticated(e.getMessage());
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {
        @Override
        public Response toResponse(ForbiddenException e) {
            return Problem.of("forbidden", "Not allowed", Response.Status.FORBIDDEN, e.getMessage()).toResponse();
        }
    }
}
