package org.thirdsectoratlas.consortia.readiness.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Holds the research's checklist against what the graph shows for one consortium. Success factors,
 * learning and recommendations are MET when the graph shows them; a key risk is AT_RISK when the graph
 * shows that it applies to this consortium (e.g. a lead partner who would carry the cash-flow risk).
 */
public final class ReadinessAssessor {

    /** Roles confirmed more recently than this count as reviewed. */
    public static final int REVIEW_MONTHS = 12;

    private final LocalDate today;

    public ReadinessAssessor(LocalDate today) {
        this.today = today;
    }

    public ConsortiumReadiness assess(ConsortiumFacts facts, List<ChecklistItem> checklist) {
        List<ReadinessItem> assessed = checklist.stream()
                .filter(i -> Evidence.of(i.evidence()) != null)
                .map(i -> {
                    Finding f = i.risk() ? risk(Evidence.of(i.evidence()), facts)
                            : finding(Evidence.of(i.evidence()), facts);
                    return new ReadinessItem(i, f.status(), f.facts());
                }).toList();
        List<ChecklistItem> toDiscuss = checklist.stream().filter(i -> Evidence.of(i.evidence()) == null).toList();
        return new ConsortiumReadiness(facts.id(), facts.name(), facts.structure(), facts.partners().size(),
                count(assessed, ReadinessStatus.MET), count(assessed, ReadinessStatus.NOT_SHOWN),
                count(assessed, ReadinessStatus.AT_RISK), assessed, toDiscuss);
    }

    private static long count(List<ReadinessItem> items, ReadinessStatus status) {
        return items.stream().filter(i -> i.status() == status).count();
    }

    Finding finding(Evidence evidence, ConsortiumFacts f) {
        return switch (evidence) {
            case LEAD_AGREED -> lead(f);
            case ROLES_RECORDED -> roles(f);
            case ROLES_REVIEWED -> review(f);
            case SHARED_RESOURCES -> Finding.of(f.sharedResources(), "No resource shared by two or more partners is recorded.");
            case PRIOR_COLLABORATION -> Finding.of(f.priorTies(), f.partners().size() < 2
                    ? "Only " + f.partners().size() + " partner is recorded, so no tie between partners can show."
                    : "No collaboration or shared network between the partners is recorded.");
            case INFRASTRUCTURE_SUPPORT -> Finding.of(f.infrastructureSupport(),
                    "No partner is recorded as supported by an infrastructure body.");
            case SHARED_LOCALITY_OR_COMMUNITY -> Finding.of(f.sharedGround(),
                    "No community or locality shared by two or more partners is recorded.");
            case CONTRACTS_RECORDED -> f.contracts().isEmpty() ? Finding.silent("No contract is recorded.")
                    : Finding.shown(contracts(f));
            case SMALL_ORG_SUPPORT -> Finding.silent(sizes(f));
            case REPORTING_AGREED, FINANCIAL_TRANSPARENCY ->
                    Finding.silent("The graph does not record reporting or financial arrangements.");
        };
    }

    Finding risk(Evidence evidence, ConsortiumFacts f) {
        List<ConsortiumFacts.Partner> leads = f.leads();
        String leadNames = names(leads);
        int others = f.partners().size() - leads.size();
        return switch (evidence) {
            case LEAD_AGREED -> leads.isEmpty() ? Finding.silent("No lead partner is recorded.")
                    : Finding.concern(leadNames + " leads, absorbing additional costs and risk for " + others
                            + " other partner(s).");
            case CONTRACTS_RECORDED -> leads.isEmpty() || f.contracts().isEmpty()
                    ? Finding.silent(f.contracts().isEmpty() ? "No contract is recorded."
                            : "Contracts are recorded but no lead partner who would receive payments.")
                    : Finding.concern("Payments for " + contracts(f) + " reach " + others
                            + " other partner(s) through " + leadNames + ".");
            case SMALL_ORG_SUPPORT -> sizeBands(f).size() > 1 ? Finding.concern(sizes(f)) : Finding.silent(sizes(f));
            default -> {
                Finding shown = finding(evidence, f);
                yield shown.shown() ? Finding.shown(shown.facts().toArray(String[]::new))
                        : Finding.silent(shown.facts().toArray(String[]::new));
            }
        };
    }

    private static Finding lead(ConsortiumFacts f) {
        List<ConsortiumFacts.Partner> leads = f.leads();
        if (leads.size() == 1) {
            return Finding.shown(leads.get(0).name() + " is the " + leads.get(0).role() + ".");
        }
        if (leads.size() > 1) {
            return Finding.concern(leads.size() + " partners are recorded as lead or manager: " + names(leads)
                    + "; who leads is not clear.");
        }
        boolean equals = !f.partners().isEmpty() && f.partners().stream().allMatch(p -> "equal".equals(p.role()));
        if ("PARTNERSHIP_OF_EQUALS".equals(f.structure()) && equals) {
            return Finding.shown("A partnership of equals: by design no one organisation leads.");
        }
        if ("LEAD_PARTNER".equals(f.structure()) || "UMBRELLA".equals(f.structure())) {
            return Finding.concern("The " + f.structure() + " structure needs a lead or manager; none is recorded.");
        }
        return Finding.silent("No partner is recorded with the role lead or manager.");
    }

    private static Finding roles(ConsortiumFacts f) {
        if (f.partners().isEmpty()) {
            return Finding.silent("No partner is recorded.");
        }
        List<ConsortiumFacts.Partner> missing = f.partners().stream().filter(p -> p.role() == null).toList();
        if (!missing.isEmpty()) {
            return Finding.silent("No role is recorded for " + names(missing) + ".");
        }
        List<String> misfits = f.partners().stream()
                .filter(p -> !f.structureRoles().isEmpty() && !f.structureRoles().contains(p.role()))
                .map(p -> p.name() + "'s role '" + p.role() + "' is not a role of the " + f.structure() + " structure.")
                .toList();
        if (!misfits.isEmpty()) {
            return new Finding(false, true, misfits);
        }
        return Finding.shown("Every partner's role is recorded: " + f.partners().stream()
                .map(p -> p.name() + " (" + p.role() + ")").collect(Collectors.joining(", ")) + ".");
    }

    private Finding review(ConsortiumFacts f) {
        List<ConsortiumFacts.Partner> withRole = f.partners().stream().filter(p -> p.role() != null).toList();
        if (withRole.isEmpty()) {
            return Finding.silent("No role is recorded, so none can have been reviewed.");
        }
        LocalDate since = today.minusMonths(REVIEW_MONTHS);
        List<ConsortiumFacts.Partner> stale = withRole.stream()
                .filter(p -> p.roleConfirmed() == null || p.roleConfirmed().isBefore(since)).toList();
        if (stale.isEmpty() && withRole.size() == f.partners().size()) {
            return Finding.shown("Every role was confirmed since " + since + ".");
        }
        return Finding.silent("Roles not confirmed since " + since + ": " + stale.stream()
                .map(p -> p.name() + " (last " + p.roleConfirmed() + ")").collect(Collectors.joining(", ")) + ".");
    }

    private static String contracts(ConsortiumFacts f) {
        double value = f.contracts().stream().map(ConsortiumFacts.Contract::value).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).sum();
        return f.contracts().size() + " contract(s)" + (value > 0 ? String.format(" worth £%,.0f", value) : "");
    }

    private static List<String> sizeBands(ConsortiumFacts f) {
        return f.partners().stream().map(ConsortiumFacts.Partner::sizeBand).filter(Objects::nonNull).distinct()
                .sorted().toList();
    }

    private static String sizes(ConsortiumFacts f) {
        List<String> bands = sizeBands(f);
        return bands.isEmpty() ? "No partner's size band is recorded."
                : "Partners' size bands: " + String.join(", ", bands) + ".";
    }

    private static String names(List<ConsortiumFacts.Partner> partners) {
        return partners.stream().map(ConsortiumFacts.Partner::name).sorted(Comparator.naturalOrder())
                .collect(Collectors.joining(", "));
    }
}
