package org.thirdsectoratlas.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

import org.thirdsectoratlas.platform.rest.ProblemMappers;

/**
 * What the explorer's error page says: when the graph cannot be reached the page says the explorer is
 * temporarily unavailable and answers 503 with Retry-After, as the API does; otherwise "not available".
 */
@Named
@RequestScoped
public class ErrorPage {

    private Boolean graphUnavailable;

    public boolean isGraphUnavailable() {
        if (graphUnavailable == null) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            Object failure = external.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
            graphUnavailable = failure instanceof Throwable t && ProblemMappers.graphUnavailable(t);
            if (graphUnavailable) {
                external.setResponseStatus(503);
                external.setResponseHeader("Retry-After", String.valueOf(ProblemMappers.RETRY_AFTER_SECONDS));
            }
        }
        return graphUnavailable;
    }
}
