package org.thirdsectoratlas.pathways.domain;

import java.util.List;

/**
 * The answer: the best pathways, best first; when there are none, {@code reason} says why.
 *
 * @param explored how many organisations the search looked at (a measure of its cost)
 */
public record PathwayResult(String from, String to, List<Pathway> pathways, String reason, String ranking,
                            int explored) {
}
