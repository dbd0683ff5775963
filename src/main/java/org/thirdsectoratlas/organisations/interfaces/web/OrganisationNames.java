package org.thirdsectoratlas.organisations.interfaces.web;

import java.util.List;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
    private static final int WORDS_TRIED = 5;
    private static final int SHORTENINGS = 4;

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

    /**
     * What a form's organisation field submitted, as an organisation id: the id of a chosen suggestion, or text
     * typed without choosing that is exactly one organisation's name (any case). Empty when it names none.
     */
    public Optional<String> idFor(String submitted) {
        if (submitted == null || submitted.isBlank()) {
            return Optional.empty();
        }
        String typed = submitted.strip();
        if (Params.ID.matcher(typed).matches() && exists(typed)) {
            return Optional.of(typed);
        }
        List<String> named = complete(typed).stream().filter(id -> names.getOrDefault(id, "").equalsIgnoreCase(typed))
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /**
     * The names closest to text that named no organisation: those matching all its words, else those matching
     * most of its words, a word shortened from its end until it matches something (so "Gatez" finds "GATE").
     */
    public List<String> closestNames(String typed, int limit) {
        List<String> ids = complete(typed);
        if (ids.isEmpty() && typed != null) {
            Map<String, Integer> wordsMatched = new LinkedHashMap<>();
            Arrays.stream(typed.strip().split("\\s+")).filter(w -> w.length() >= 3).limit(WORDS_TRIED)
                    .forEach(word -> matchingAPrefix(word).forEach(id -> wordsMatched.merge(id, 1, Integer::sum)));
            ids = wordsMatched.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        }
        return ids.stream().limit(limit).map(this::name).toList();
    }

    private List<String> matchingAPrefix(String word) {
        for (int end = word.length(), tries = 0; end >= 3 && tries < SHORTENINGS; end--, tries++) {
            List<String> found = complete(word.substring(0, end));
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private boolean exists(String id) {
        if (names.containsKey(id)) {
            return true;
        }
        try {
            names.put(id, directory.get(id, Viewer.PUBLIC).name());
            return true;
        } catch (UnknownIdException e) {
            return false;
        }
    }

    /** The organisation's name, or what was given when it is no organisation's id (text typed in a form). */
    public String name(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        if (!Params.ID.matcher(id).matches()) {
            return id;
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
