package org.thirdsectoratlas.insights.interfaces.web;

import java.util.List;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.thirdsectoratlas.insights.domain.CommunityServed;
import org.thirdsectoratlas.insights.domain.FormalityMix;
import org.thirdsectoratlas.platform.web.Words;

/**
 * Chart.js configurations for p:chart (PrimeFaces 15 takes the configuration as JSON; it no longer
 * ships the Java chart models). Bars, not colour alone, carry the comparison, and each chart has a
 * table of the same numbers beside it.
 */
final class SummaryCharts {

    /** Dark enough on white for the 3:1 non-text contrast of WCAG 1.4.11. */
    private static final List<String> COLOURS = List.of("#0b5394", "#a04000", "#2e6b30");

    private SummaryCharts() {
    }

    static String formality(List<FormalityMix> mix) {
        return bar("Ways of working: Third Sector Trends against this graph (% of organisations)", false,
                mix.stream().map(m -> Words.text(m.formality())).toList(),
                series("Third Sector Trends: engaged", mix, FormalityMix::trendPercentEngaged),
                series("This graph: organisations working this way", mix, FormalityMix::percentOfOrganisations));
    }

    static String communities(List<CommunityServed> communities) {
        return bar("Communities served: the survey against this graph (% of organisations)", true,
                communities.stream().map(CommunityServed::name).toList(),
                series("Survey: main beneficiaries", communities, CommunityServed::surveyPrimaryPercent),
                series("Survey: also served", communities, CommunityServed::surveyAdditionalPercent),
                series("This graph: organisations stating it", communities,
                        CommunityServed::percentOfOrganisationsStatingCommunities));
    }

    private record Series(String label, List<Number> values) {
    }

    private static <T> Series series(String label, List<T> rows, Function<T, ? extends Number> value) {
        return new Series(label, rows.stream().<Number>map(value::apply).toList());
    }

    private static String bar(String title, boolean horizontal, List<String> labels, Series... series) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.length; i++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            series[i].values().forEach(v -> {
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(v.doubleValue());
                }
            });
            datasets.add(Json.createObjectBuilder().add("label", series[i].label()).add("data", data)
                    .add("backgroundColor", COLOURS.get(i % COLOURS.size())));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("title", Json.createObjectBuilder().add("display", true).add("text", title))
                        .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y",
                        Json.createObjectBuilder().add("beginAtZero", true).add("max", 100)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder(labels))
                        .add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }
}
