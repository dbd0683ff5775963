package org.thirdsectoratlas.shared.domain;

import java.util.List;

/**
 * One page of a longer list, with the total so clients can page on. A text search over a very common word
 * counts its matches only up to a bound (counting 20,000 index hits costs more than the page itself); then
 * {@code totalIsLowerBound} is true and {@code total} is how many were counted.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalIsLowerBound) {

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false);
    }
}
