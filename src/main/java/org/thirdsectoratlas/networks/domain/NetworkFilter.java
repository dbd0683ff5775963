package org.thirdsectoratlas.networks.domain;

import org.thirdsectoratlas.shared.domain.Formality;

/** What a network search asks for; null fields do not filter. */
public record NetworkFilter(String text, Formality formality, String community, String locality) {
}
