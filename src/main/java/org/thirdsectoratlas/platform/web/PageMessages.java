package org.thirdsectoratlas.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.shared.domain.UnknownIdException;

/**
 * How explorer pages answer bad view parameters and unknown ids: a message on the page (never a stack
 * trace) and the HTTP status an API would give, so that crawlers and tests see 400 / 404 too.
 */
public final class PageMessages {

    private PageMessages() {
    }

    public static void warn(String message) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_WARN, message, null));
    }

    /** A message beside one field (its h:message), e.g. "pathwayForm:from". */
    public static void warnAt(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_WARN, message, null));
    }

    public static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    /** An optional id view parameter: true when absent or well-formed, otherwise a message and 400. */
    public static boolean validOptionalId(String parameter, String value) {
        return value == null || validId(parameter, value);
    }

    /** A required id view parameter: true when well-formed, otherwise a message and 400. */
    public static boolean validId(String parameter, String value) {
        if (value == null) {
            return badRequest("Add '?" + parameter + "=' and an id to the address to choose what to show.");
        }
        if (!Params.ID.matcher(value).matches()) {
            return badRequest("'" + parameter + "' must be an id: letters, digits, '-', '_' or '.'.");
        }
        return true;
    }

    /** Always false, so a check can end with it. */
    public static boolean badRequest(String message) {
        warn(message);
        status(400);
        return false;
    }

    public static void notFound(UnknownIdException e) {
        warn("No " + e.kind() + " has the id '" + e.id() + "'.");
        status(404);
    }

    private static void status(int status) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
    }
}
