package org.thirdsectoratlas.imports.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns grants into graph records (docs/graph-model.md): funder and recipient Organisations, one FUNDS
 * relationship per grant carrying its id, title, amount, currency, award date and programme, and a Programme the
 * funder RUNS. The same organisation named by several grants is one record.
 */
public final class GrantRecords {

    /** The placeholder a Programme's and a FUNDS's programme id are resolved from once the funder is matched. */
    public static final String PROGRAMME_OF = "programmeOf";
    public static final String PROGRAMME_KEY = "programmeKey";

    private final Map<String, NodeRecord> nodes = new LinkedHashMap<>();
    private final List<RelationshipRecord> relationships = new ArrayList<>();
    private final Set<String> runs = new LinkedHashSet<>();

    public void add(Grant grant) {
        String funder = organisation(grant.funder(), "FUNDER", grant.origin());
        String recipient = organisation(grant.recipient(), null, grant.origin());
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("grantId", grant.identifier());
        if (grant.title() != null && !grant.title().isBlank()) {
            props.put("title", grant.title());
        }
        props.put("amount", grant.amount());
        props.put("currency", grant.currency());
        props.put("awardDate", grant.awardDate());
        if (grant.programmeTitle() != null && !grant.programmeTitle().isBlank()) {
            String key = "programme:" + funder + ":" + Names.normalise(grant.programmeTitle());
            nodes.computeIfAbsent(key, k -> new NodeRecord("Programme", k, null, grant.programmeTitle().strip(),
                    List.of(), Map.of(PROGRAMME_OF, funder), grant.origin()));
            if (runs.add(key)) {
                relationships.add(new RelationshipRecord("RUNS", funder, key, null, Map.of(), grant.origin()));
            }
            props.put(PROGRAMME_KEY, key);
        }
        relationships.add(new RelationshipRecord("FUNDS", funder, recipient, grant.identifier(), props,
                grant.origin()));
    }

    private String organisation(Grant.Party party, String kind, Origin origin) {
        Set<String> identifiers = new LinkedHashSet<>();
        OrgIds.canonical(party.identifier()).ifPresent(identifiers::add);
        OrgIds.fromCharityNumber(party.charityNumber()).ifPresent(identifiers::add);
        OrgIds.fromCompanyNumber(party.companyNumber()).ifPresent(identifiers::add);
        String key = "org:" + (party.identifier() == null || party.identifier().isBlank()
                ? Names.normalise(party.name()) : party.identifier().strip());
        NodeRecord earlier = nodes.get(key);
        if (earlier != null) {
            if (kind != null && !earlier.properties().containsKey("kind")) {
                Map<String, Object> props = new LinkedHashMap<>(earlier.properties());
                props.put("kind", kind);
                nodes.put(key, new NodeRecord(earlier.label(), key, null, earlier.name(), earlier.identifiers(),
                        props, earlier.origin()));
            }
            return key;
        }
        Map<String, Object> props = new LinkedHashMap<>();
        if (kind != null) {
            props.put("kind", kind);
        } else if (identifiers.stream().anyMatch(i -> i.startsWith("GB-CHC-") || i.startsWith("GB-SC-")
                || i.startsWith("GB-NIC-"))) {
            props.put("kind", "CHARITY");
        }
        nodes.put(key, new NodeRecord("Organisation", key, null, party.name().strip(), List.copyOf(identifiers),
                props, origin));
        return key;
    }

    public List<NodeRecord> nodes() {
        return List.copyOf(nodes.values());
    }

    public List<RelationshipRecord> relationships() {
        return List.copyOf(relationships);
    }
}
