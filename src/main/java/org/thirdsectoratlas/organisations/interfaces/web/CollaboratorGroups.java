package org.thirdsectoratlas.organisations.interfaces.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.thirdsectoratlas.organisations.domain.Collaborator;
import org.thirdsectoratlas.organisations.domain.Collaborators;

/** An organisation's collaborators grouped by the kind of tie, for the organisation page. */
public final class CollaboratorGroups {

    /** Headings in the order the page shows them: the strongest, most direct ties first. */
    private static final Map<String, String> HEADINGS = headings();

    private CollaboratorGroups() {
    }

    /** One row: a collaborator and one tie to it (a collaborator with two ties appears in two groups). */
    public record Row(String id, String name, Collaborator.Tie tie) implements Serializable {
    }

    public record Group(String type, String heading, List<Row> rows) implements Serializable {
    }

    public static List<Group> of(Collaborators collaborators) {
        Map<String, List<Row>> byType = new LinkedHashMap<>();
        HEADINGS.keySet().forEach(type -> byType.put(type, new ArrayList<>()));
        for (Collaborator c : collaborators.collaborators()) {
            for (Collaborator.Tie tie : c.ties()) {
                byType.computeIfAbsent(tie.type(), t -> new ArrayList<>()).add(new Row(c.id(), c.name(), tie));
            }
        }
        return byType.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Group(e.getKey(), HEADINGS.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .toList();
    }

    private static Map<String, String> headings() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("COLLABORATION", "Works with directly");
        h.put("CONSORTIUM_PARTNER", "Partners in the same consortium");
        h.put("SHARED_NETWORK", "Members of the same network");
        h.put("SHARED_RESOURCE", "Shares a resource with");
        h.put("SUPPORTED_BY", "Supported by (infrastructure)");
        h.put("SUPPORTS", "Supports (as infrastructure)");
        return h;
    }
}
