package org.thirdsectoratlas.organisations.interfaces.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.organisations.application.OrganisationDirectory;
import org.thirdsectoratlas.organisations.domain.OrganisationFilter;
import org.thirdsectoratlas.organisations.domain.OrganisationSummary;
import org.thirdsectoratlas.platform.rest.InvalidParameterException;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * Organisation autocompletes for every explorer form (pathways, partners): suggestions are ids, shown by name.
 * Names seen in suggestions are remembered so that showing a chosen id costs no extra query.
 */
@Named
@ApplicationScoped
public class OrganisationNames {

    private static final int SUGGESTIONS = 12;
    private static final int REMEMBERED = 20_000;

    private OrganisationDirectory directory;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    protected OrganisationNames() {
        // for CDI proxies
    }

    @Inject
    public OrganisationNames(OrganisationDirectory directory) {
        this.directory = directory;
    }

    /** The ids of organisations whose name, alias or description matches what was typed. */
    public List<String> complete(String typed) {
        String text;
        try {
            text = Params.searchText("q", typed);
        } catch (InvalidParameterException e) {
            return List.of();
        }
        if (text == null) {
            return List.of();
        }
        List<OrganisationSummary> found = directory.list(
                new OrganisationFilter(text, null, null, null, null, null), new PageRequest(0, SUGGESTIONS), Viewer.PUBLIC).items();
        if (names.size() > REMEMBERED) {
            names.clear();
        }
        found.forEach(o -> names.put(o.id(), o.name()));
        return found.stream().map(OrganisationSummary::id).toList();
    }

    /** The organisation's name, or the id itself when there is no such organisation. */
    public String name(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        String known = names.get(id);
        if (known != null) {
            return known;
        }
        try {
            String name = directory.get(id, Viewer.PUBLIC).name();
            names.put(id, name);
            return name;
        } catch (UnknownIdException e) {
            return id; // not remembered: it may be added later
        }
    }
}
