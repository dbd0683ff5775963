package org.thirdsectoratlas.editing.interfaces.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.consortia.application.ConsortiumDirectory;
import org.thirdsectoratlas.consortia.domain.ConsortiumFilter;
import org.thirdsectoratlas.editing.domain.TieKind;
import org.thirdsectoratlas.networks.application.NetworkDirectory;
import org.thirdsectoratlas.networks.domain.NetworkFilter;
import org.thirdsectoratlas.organisations.application.OrganisationDirectory;
import org.thirdsectoratlas.organisations.domain.OrganisationFilter;
import org.thirdsectoratlas.platform.rest.InvalidParameterException;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.resources.application.ResourceDirectory;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * What the tie form's "With" field can name for each kind of tie: an organisation (collaboration), a network
 * (membership), a resource (shared resource) or a consortium (partnership). Suggestions are ids shown by name,
 * read as the signed-in viewer (what the privacy tiers hide from them is never suggested).
 */
@ApplicationScoped
public class TieTargets {

    private static final int SUGGESTIONS = 12;
    /** Resources have no text search: the first page of them is searched by name here (few per city). */
    private static final int RESOURCES_SEARCHED = PageRequest.MAX_SIZE;

    private OrganisationDirectory organisations;
    private NetworkDirectory networks;
    private ConsortiumDirectory consortia;
    private ResourceDirectory resources;

    protected TieTargets() {
        // for CDI proxies
    }

    @Inject
    public TieTargets(OrganisationDirectory organisations, NetworkDirectory networks, ConsortiumDirectory consortia,
            ResourceDirectory resources) {
        this.organisations = organisations;
        this.networks = networks;
        this.consortia = consortia;
        this.resources = resources;
    }

    /** A target named by id and name. */
    public record Target(String id, String name) {
    }

    /** Targets of the kind whose name (or alias, description) matches what was typed, best first. */
    public List<Target> complete(TieKind kind, String typed, Viewer viewer) {
        String text;
        try {
            text = Params.searchText("q", typed);
        } catch (InvalidParameterException e) {
            return List.of();
        }
        if (text == null) {
            return List.of();
        }
        PageRequest page = new PageRequest(0, SUGGESTIONS);
        return switch (kind) {
            case COLLABORATION -> organisations.list(new OrganisationFilter(text, null, null, null, null, null), page,
                    viewer).items().stream().map(o -> new Target(o.id(), o.name())).toList();
            case MEMBERSHIP -> networks.list(new NetworkFilter(text, null, null, null), page, viewer).items().stream()
                    .map(n -> new Target(n.id(), n.name())).toList();
            case PARTNERSHIP -> consortia.list(new ConsortiumFilter(text, null, null), page, viewer).items().stream()
                    .map(c -> new Target(c.id(), c.name())).toList();
            case SHARED_RESOURCE -> {
                String wanted = text.toLowerCase(Locale.ROOT);
                yield resources.list(null, new PageRequest(0, RESOURCES_SEARCHED), viewer).items().stream()
                        .filter(r -> r.name().toLowerCase(Locale.ROOT).contains(wanted)).limit(SUGGESTIONS)
                        .map(r -> new Target(r.id(), r.name())).toList();
            }
        };
    }

    /** The target with this id, when the viewer may see one of the kind. */
    public Optional<Target> byId(TieKind kind, String id, Viewer viewer) {
        if (id == null || !Params.ID.matcher(id).matches()) {
            return Optional.empty();
        }
        try {
            String name = switch (kind) {
                case COLLABORATION -> organisations.get(id, viewer).name();
                case MEMBERSHIP -> networks.get(id, viewer).name();
                case PARTNERSHIP -> consortia.get(id, viewer).name();
                case SHARED_RESOURCE -> resources.get(id, viewer).name();
            };
            return Optional.of(new Target(id, name));
        } catch (UnknownIdException e) {
            return Optional.empty();
        }
    }

    /** What the field submitted: a chosen suggestion's id, or text that is exactly one target's name (any case). */
    public Optional<Target> resolve(TieKind kind, String submitted, Viewer viewer) {
        if (submitted == null || submitted.isBlank()) {
            return Optional.empty();
        }
        String typed = submitted.strip();
        Optional<Target> byId = byId(kind, typed, viewer);
        if (byId.isPresent()) {
            return byId;
        }
        List<Target> named = complete(kind, typed, viewer).stream().filter(t -> t.name().equalsIgnoreCase(typed))
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }
}
