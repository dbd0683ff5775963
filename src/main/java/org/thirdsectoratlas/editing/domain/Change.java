package org.thirdsectoratlas.editing.domain;

import java.util.List;

import jakarta.json.JsonObject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One change in an organisation's history: who did what, when, and the state before and after (every
 * property of the organisations involved and of their relationships, as JSON).
 */
@Schema(requiredProperties = {"id", "sequence", "action", "by", "at", "organisations", "undone"})
public record Change(String id, long sequence, String action, String by, @Schema(format = "date-time") String at,
                     List<String> organisations, JsonObject before, JsonObject after, boolean undone, String undoneBy,
                     @Schema(format = "date-time") String undoneAt) {
}
