package org.thirdsectoratlas.security.interfaces.rest;

import java.io.IOException;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import org.thirdsectoratlas.platform.rest.ContainerProblems;
import org.thirdsectoratlas.platform.rest.Problem;

/**
 * The container itself refuses writes without a valid token (web.xml security-constraint) before JAX-RS
 * runs, and requests it cannot read (a bad method, an undecodable path); this error page gives those refusals
 * the same problem+json shape as the API's own.
 */
@WebServlet("/problems/container")
public class ContainerProblemServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_UNAUTHORIZED;
        Problem problem = switch (status) {
            case HttpServletResponse.SC_FORBIDDEN -> Problem.of("forbidden", "Not allowed", Response.Status.FORBIDDEN,
                    "Your token does not allow this request.");
            case HttpServletResponse.SC_UNAUTHORIZED -> Problem.of("unauthenticated", "Authentication required",
                    Response.Status.UNAUTHORIZED,
                    "Writes need a bearer token: POST /api/auth/token, then send 'Authorization: Bearer <token>'.");
            // Other refusals the container makes before the application runs (web.xml error pages).
            default -> ContainerProblems.of(status);
        };
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpServletResponse.SC_UNAUTHORIZED && response.getHeader("WWW-Authenticate") == null) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"atlas\"");
        }
        response.getWriter().write(JSON.toJson(problem));
    }
}
