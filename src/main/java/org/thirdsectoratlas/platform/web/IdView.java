package org.thirdsectoratlas.platform.web;

import java.io.Serializable;

import org.thirdsectoratlas.shared.domain.UnknownIdException;

/**
 * A page about one thing named by its ?id= view parameter (network.xhtml?id=…): a missing or malformed id
 * answers 400 and an unknown one 404, each with a message on the page instead of a stack trace.
 */
public abstract class IdView implements Serializable {

    private static final long serialVersionUID = 1L;

    private String id;

    /** Called once the view parameters are set (f:viewAction). */
    public void load() {
        if (!PageMessages.validId("id", id)) {
            return;
        }
        try {
            read(id);
        } catch (UnknownIdException e) {
            PageMessages.notFound(e);
        }
    }

    /** Reads what the page shows; throws UnknownIdException when nothing (visible) has the id. */
    protected abstract void read(String id);

    // view parameter
    public String getId() { return id; }
    public void setId(String id) { this.id = ViewParams.blankToNull(id); }
}
