package org.thirdsectoratlas.consortia.readiness.domain;

import java.util.List;

/** What the graph says about one evidence key: shown, against (a concern), or silent. */
record Finding(boolean shown, boolean concern, List<String> facts) {

    static Finding shown(String... facts) {
        return new Finding(true, false, List.of(facts));
    }

    static Finding concern(String... facts) {
        return new Finding(false, true, List.of(facts));
    }

    static Finding silent(String... facts) {
        return new Finding(false, false, List.of(facts));
    }

    static Finding of(List<String> facts, String whenNone) {
        return facts.isEmpty() ? silent(whenNone) : new Finding(true, false, facts);
    }

    ReadinessStatus status() {
        return concern ? ReadinessStatus.AT_RISK : shown ? ReadinessStatus.MET : ReadinessStatus.NOT_SHOWN;
    }
}
