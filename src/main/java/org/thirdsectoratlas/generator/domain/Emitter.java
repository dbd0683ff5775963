package org.thirdsectoratlas.generator.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hands elements to the sink with their generated provenance: when each fact was last confirmed and,
 * for ties, whether the other side confirmed it (mostly) or it is still a one-sided claim.
 * source, dataset, sourceRef and recordedAt are the same for a whole load and are added by the loader.
 */
final class Emitter {

    static final double CONFIRMED_SHARE = 0.85;
    private static final LocalDate CONFIRMED_FROM = LocalDate.of(2021, 1, 1);
    private static final LocalDate CONFIRMED_TO = LocalDate.of(2025, 10, 31);

    private final EcosystemSink sink;
    private final Sampler sampler;
    private final String prefix;

    Emitter(EcosystemSink sink, Sampler sampler, Generation generation) {
        this.sink = sink;
        this.sampler = sampler;
        this.prefix = generation.idPrefix();
    }

    /** A generated id: "gen-s-org-000123". */
    String id(String kind, int number) {
        return prefix + kind + "-" + String.format("%06d", number);
    }

    void node(String label, String id, Map<String, Object> properties) {
        Map<String, Object> props = new LinkedHashMap<>(properties);
        props.put("lastConfirmed", sampler.date(CONFIRMED_FROM, CONFIRMED_TO));
        sink.node(new GeneratedNode(label, id, props));
    }

    void tie(String type, String fromLabel, String fromId, String toLabel, String toId,
             Map<String, Object> properties) {
        Map<String, Object> props = new LinkedHashMap<>(properties);
        props.put("status", sampler.chance(CONFIRMED_SHARE) ? "CONFIRMED" : "CLAIMED");
        props.put("lastConfirmed", sampler.date(CONFIRMED_FROM, CONFIRMED_TO));
        sink.tie(new GeneratedTie(type, fromLabel, fromId, toLabel, toId, props));
    }

    void tie(String type, String fromLabel, String fromId, String toLabel, String toId) {
        tie(type, fromLabel, fromId, toLabel, toId, Map.of());
    }
}
