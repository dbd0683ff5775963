package org.thirdsectoratlas.consortia.readiness.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A checklist item held against the graph: its status and the facts behind it, in words. */
@Schema(requiredProperties = {"item", "status", "facts"})
public record ReadinessItem(ChecklistItem item, ReadinessStatus status, List<String> facts) {
}
