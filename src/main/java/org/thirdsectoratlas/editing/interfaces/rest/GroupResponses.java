package org.thirdsectoratlas.editing.interfaces.rest;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import org.thirdsectoratlas.editing.domain.EditableGroup;

/** A written network, consortium or contract: 201 with Location, or 200; the ETag names its version either way. */
final class GroupResponses {

    private GroupResponses() {
    }

    static Response created(String collection, EditableGroup group) {
        return Response.created(URI.create(collection + "/" + group.id())).tag(tag(group)).entity(group).build();
    }

    static Response ok(EditableGroup group) {
        return Response.ok(group).tag(tag(group)).build();
    }

    private static EntityTag tag(EditableGroup group) {
        return new EntityTag("v" + group.version());
    }
}
