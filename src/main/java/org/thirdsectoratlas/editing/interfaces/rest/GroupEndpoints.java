package org.thirdsectoratlas.editing.interfaces.rest;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import org.thirdsectoratlas.editing.application.GroupEditing;
import org.thirdsectoratlas.editing.domain.Change;
import org.thirdsectoratlas.editing.domain.EditableGroup;
import org.thirdsectoratlas.editing.domain.GroupType;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.security.domain.Caller;
import org.thirdsectoratlas.shared.domain.Page;

/**
 * What the network, consortium and contract resources share: parameter checks, If-Match, the editable state and
 * history, and the responses (201 with Location, or 200; the ETag names the version either way). Each resource
 * keeps its own paths and OpenAPI annotations and says which use case a create or update runs.
 */
@RequestScoped
public class GroupEndpoints {

    /** An update use case: the checked id and the version If-Match named. */
    @FunctionalInterface
    public interface Update {
        EditableGroup apply(String id, long version, Caller caller);
    }

    /** A create use case. */
    @FunctionalInterface
    public interface Create {
        EditableGroup apply(Caller caller);
    }

    private GroupEditing editing;
    private Caller caller;

    protected GroupEndpoints() {
        // for CDI proxies
    }

    @Inject
    public GroupEndpoints(GroupEditing editing, Caller caller) {
        this.editing = editing;
        this.caller = caller;
    }

    public Response create(String collection, Create create) {
        EditableGroup group = create.apply(caller);
        return Response.created(URI.create(collection + "/" + group.id())).tag(tag(group)).entity(group).build();
    }

    public Response editable(GroupType type, String id) {
        return ok(editing.editable(type, Params.id("id", id), caller));
    }

    public Response update(EditedVersion edited, Update update) {
        String id = edited.id();
        return ok(update.apply(id, edited.version(), caller));
    }

    public Page<Change> history(GroupType type, String id, ChangesPage page) {
        return editing.history(type, Params.id("id", id), page.page(), page.size(), caller);
    }

    private static Response ok(EditableGroup group) {
        return Response.ok(group).tag(tag(group)).build();
    }

    private static EntityTag tag(EditableGroup group) {
        return new EntityTag("v" + group.version());
    }
}
