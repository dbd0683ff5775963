package org.thirdsectoratlas.security.interfaces.rest;

import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.thirdsectoratlas.security.domain.Caller;
import org.thirdsectoratlas.security.domain.Roles;

/**
 * The caller of the current request, from the verified MicroProfile JWT the container authenticated
 * (groups = roles, 'orgs' = organisations); anonymous when there is none.
 */
@RequestScoped
public class CurrentCaller {

    private HttpServletRequest request;

    protected CurrentCaller() {
        // for CDI proxies
    }

    @Inject
    public CurrentCaller(HttpServletRequest request) {
        this.request = request;
    }

    /** Dependent: Caller is a record (not proxyable), made afresh for each request-scoped bean that asks. */
    @Produces
    public Caller caller() {
        Principal principal = request.getUserPrincipal();
        if (!(principal instanceof JsonWebToken jwt) || jwt.getName() == null) {
            return Caller.anonymous();
        }
        Collection<String> groups = jwt.getGroups() == null ? List.of() : jwt.getGroups();
        return new Caller(jwt.getName(), Roles.roles(groups), organisations(jwt.getClaim("orgs")));
    }

    private static Set<String> organisations(Object claim) {
        if (claim instanceof JsonArray array) {
            return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).collect(Collectors.toSet());
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(v -> v instanceof JsonString s ? s.getString() : v.toString()).collect(Collectors.toSet());
        }
        return Set.of();
    }
}
