package org.thirdsectoratlas.insights.domain;

/** Percentages with one decimal, and null (not 0) when there is nothing to divide by. */
final class Percent {

    private Percent() {
    }

    static Double of(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }
}
