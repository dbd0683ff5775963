package org.thirdsectoratlas.editing.domain;

import java.util.List;

import jakarta.json.JsonObject;

/**
 * One change in an organisation's history: who did what, when, and the state before and after (every
 * property of the organisations involved and of their relationships, as JSON).
 */
public record Change(String id, long sequence, String action, String by, String at, List<String> organisations,
                     JsonObject before, JsonObject after, boolean undone, String undoneBy, String undoneAt) {
}
