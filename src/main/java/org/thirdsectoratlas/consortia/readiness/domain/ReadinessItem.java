package org.thirdsectoratlas.consortia.readiness.domain;

import java.util.List;

/** A checklist item held against the graph: its status and the facts behind it, in words. */
public record ReadinessItem(ChecklistItem item, ReadinessStatus status, List<String> facts) {
}
