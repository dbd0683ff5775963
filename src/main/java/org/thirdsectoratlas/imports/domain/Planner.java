package org.thirdsectoratlas.imports.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Matches a file's records to the graph and plans the writes. An organisation is the same as an existing one
 * when they share an org-id identifier, else when the file gives its Atlas id, else when their normalised
 * names (or an alias) are equal; other labels match by id, then by normalised name. A near name (a typo
 * apart, or one name inside the other; found through NearNames' indexes, not by comparing every pair) is
 * created and reported as a possible duplicate, never merged silently. An existing node or relationship is
 * updated only when an import created it and the file now says something else; anything else already there is
 * left as it is and counted unchanged.
 */
public final class Planner {

    /** Relationship properties that are provenance, not what the file says. */
    private static final Set<String> PROVENANCE = Set.of("status", "source", "sourceRef", "lastConfirmed",
            "recordedBy", "recordedAt", "importId", "importCreated", "tieId", "version");

    private final Map<String, ExistingNode> byLabelAndId = new HashMap<>();
    private final Map<String, ExistingNode> byIdentifier = new HashMap<>();
    private final Map<String, List<ExistingNode>> byName = new HashMap<>();
    private final Set<String> takenIds = new HashSet<>();
    private final Map<String, NearNames> nearNames = new HashMap<>();
    private final String sourceRefPrefix;

    public Planner(List<ExistingNode> existing, String sourceRefPrefix) {
        this.sourceRefPrefix = sourceRefPrefix;
        for (ExistingNode node : existing) {
            byLabelAndId.put(node.label() + ":" + node.id(), node);
            takenIds.add(node.id());
            for (String identifier : node.identifiers()) {
                byIdentifier.putIfAbsent(identifier, node);
            }
            byName.computeIfAbsent(node.label() + ":" + Names.normalise(node.name()), k -> new ArrayList<>()).add(node);
            for (String alias : node.aliases()) {
                byName.computeIfAbsent(node.label() + ":" + Names.normalise(alias), k -> new ArrayList<>()).add(node);
            }
        }
    }

    /** Where each record of the file lands: an existing node, or one the import creates. */
    public record Resolution(Map<String, String> idByKey, Map<String, String> labelByKey) {
    }

    public ImportPlan plan(ParsedFile file,
                           Function<List<RelationshipProbe>, Map<Integer, ExistingRelationship>> relationshipsInGraph) {
        Map<String, Long> created = new TreeMap<>();
        long updated = 0;
        long unchanged = 0;
        List<WriteOp> nodeWrites = new ArrayList<>();
        List<PossibleDuplicate> duplicates = new ArrayList<>();
        Map<String, String> idByKey = new HashMap<>();
        Map<String, String> labelByKey = new HashMap<>();
        Set<String> createdKeys = new HashSet<>();
        Set<String> touched = new LinkedHashSet<>();
        List<String> createdIds = new ArrayList<>();
        Set<String> createdIdSet = new HashSet<>();
        Map<String, ExistingNode> matched = new HashMap<>();

        // Programmes come after organisations: their ids derive from their funder's.
        List<NodeRecord> ordered = new ArrayList<>(file.nodes().stream().filter(n -> !isGrantProgramme(n)).toList());
        ordered.addAll(file.nodes().stream().filter(Planner::isGrantProgramme).toList());
        for (NodeRecord record : ordered) {
            String atlasId = record.atlasId();
            if (isGrantProgramme(record)) {
                String funderId = idByKey.get((String) record.properties().get(GrantRecords.PROGRAMME_OF));
                atlasId = Names.slug(funderId + "-" + record.name());
            }
            ExistingNode match = match(record, atlasId);
            Map<String, Object> wanted = new LinkedHashMap<>(record.properties());
            wanted.remove(GrantRecords.PROGRAMME_OF);
            wanted.put("name", record.name());
            if (!record.identifiers().isEmpty()) {
                wanted.put("identifiers", record.identifiers());
            }
            labelByKey.put(record.key(), record.label());
            if (match != null) {
                idByKey.put(record.key(), match.id());
                matched.put(record.key(), match);
                Map<String, Object> changed = changed(match, wanted);
                if (match.imported() && !changed.isEmpty()) {
                    nodeWrites.add(new WriteOp(WriteOp.Kind.UPDATE_NODE, record.label(), match.id(), null, null, null,
                            null, null, null, changed, sourceRef(record.origin())));
                    updated++;
                    if (record.label().equals("Organisation")) {
                        touched.add(match.id());
                    }
                } else {
                    unchanged++;
                }
                continue;
            }
            // Kumu's own numeric IDs are not Atlas ids: a node would be addressed as "17".
            String id = uniqueId(atlasId != null && atlasId.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,199}")
                    && !atlasId.matches("[0-9]+") ? atlasId : Names.slug(record.name()));
            idByKey.put(record.key(), id);
            createdKeys.add(record.key());
            createdIds.add(id);
            createdIdSet.add(id);
            nearMatch(record).ifPresent(duplicates::add);
            nodeWrites.add(new WriteOp(WriteOp.Kind.CREATE_NODE, record.label(), id, null, null, null, null, null,
                    null, wanted, sourceRef(record.origin())));
            created.merge(record.label(), 1L, Long::sum);
        }

        List<RelationshipProbe> probes = new ArrayList<>();
        List<Map<String, Object>> props = new ArrayList<>();
        List<RelationshipRecord> resolved = new ArrayList<>();
        for (RelationshipRecord r : file.relationships()) {
            Map<String, Object> p = new LinkedHashMap<>(r.properties());
            Object programmeKey = p.remove(GrantRecords.PROGRAMME_KEY);
            if (programmeKey != null) {
                p.put("programmeId", idByKey.get((String) programmeKey));
            }
            props.add(p);
            resolved.add(r);
            if (!createdKeys.contains(r.fromKey()) && !createdKeys.contains(r.toKey())) {
                probes.add(new RelationshipProbe(probes.size(), resolved.size() - 1, r.type(),
                        labelByKey.get(r.fromKey()), idByKey.get(r.fromKey()), labelByKey.get(r.toKey()),
                        idByKey.get(r.toKey()), r.grantId()));
            }
        }
        Map<Integer, ExistingRelationship> existing = probes.isEmpty() ? Map.of() : relationshipsInGraph.apply(probes);
        Map<Integer, ExistingRelationship> existingByRecord = new HashMap<>();
        for (RelationshipProbe probe : probes) {
            ExistingRelationship found = existing.get(probe.index());
            if (found != null) {
                existingByRecord.put(probe.record(), found);
            }
        }
        List<WriteOp> relationshipWrites = new ArrayList<>();
        for (int i = 0; i < resolved.size(); i++) {
            RelationshipRecord r = resolved.get(i);
            String fromId = idByKey.get(r.fromKey());
            String toId = idByKey.get(r.toKey());
            String fromLabel = labelByKey.get(r.fromKey());
            String toLabel = labelByKey.get(r.toKey());
            if (fromId == null || toId == null) {
                // An atlas-csv relationship to a node neither in the file nor to be matched: the reader's job.
                continue;
            }
            ExistingRelationship found = existingByRecord.get(i);
            Map<String, Object> p = props.get(i);
            if (found == null) {
                relationshipWrites.add(new WriteOp(WriteOp.Kind.CREATE_RELATIONSHIP, null, null, r.type(), fromLabel,
                        fromId, toLabel, toId, null, p, sourceRef(r.origin())));
                created.merge(r.type(), 1L, Long::sum);
                touch(touched, fromLabel, fromId, createdIdSet);
                touch(touched, toLabel, toId, createdIdSet);
                continue;
            }
            Map<String, Object> changed = new LinkedHashMap<>();
            p.forEach((k, v) -> {
                if (!PROVENANCE.contains(k) && !same(v, found.properties().get(k))) {
                    changed.put(k, v);
                }
            });
            if (found.imported() && !changed.isEmpty()) {
                relationshipWrites.add(new WriteOp(WriteOp.Kind.UPDATE_RELATIONSHIP, null, null, r.type(), fromLabel,
                        fromId, toLabel, toId, found.elementId(), changed, sourceRef(r.origin())));
                updated++;
                touch(touched, fromLabel, fromId, createdIdSet);
                touch(touched, toLabel, toId, createdIdSet);
            } else {
                unchanged++;
            }
        }
        List<WriteOp> writes = new ArrayList<>(nodeWrites);
        writes.addAll(relationshipWrites);
        return new ImportPlan(writes, created, updated, unchanged, duplicates, touched, createdIds);
    }

    /** A relationship to look for in the graph: both ends already exist. */
    public record RelationshipProbe(int index, int record, String type, String fromLabel, String fromId,
                                    String toLabel, String toId, String grantId) {
    }

    /** createdIds is a set: a list's contains made planning quadratic in the rows. */
    private static void touch(Set<String> touched, String label, String id, Set<String> createdIds) {
        if ("Organisation".equals(label) && !createdIds.contains(id)) {
            touched.add(id);
        }
    }

    private static boolean isGrantProgramme(NodeRecord record) {
        return record.properties().containsKey(GrantRecords.PROGRAMME_OF);
    }

    private ExistingNode match(NodeRecord record, String atlasId) {
        if (record.label().equals("Organisation")) {
            for (String identifier : record.identifiers()) {
                ExistingNode byId = byIdentifier.get(identifier);
                if (byId != null) {
                    return byId;
                }
            }
        }
        if (atlasId != null) {
            ExistingNode byId = byLabelAndId.get(record.label() + ":" + atlasId);
            if (byId != null) {
                return byId;
            }
        }
        if (isGrantProgramme(record)) {
            return null;
        }
        List<ExistingNode> sameName = byName.get(record.label() + ":" + Names.normalise(record.name()));
        if (sameName == null) {
            return null;
        }
        // The same name with a different registered number is another organisation (a possible duplicate).
        return sameName.stream().filter(n -> !conflicting(n.identifiers(), record.identifiers())).findFirst()
                .orElse(null);
    }

    /** Both name an identifier in the same scheme (GB-CHC, GB-COH...) and none of them agree. */
    private static boolean conflicting(List<String> a, List<String> b) {
        for (String x : a) {
            String scheme = x.substring(0, x.lastIndexOf('-'));
            for (String y : b) {
                if (y.startsWith(scheme + "-") && !a.contains(y) && y.lastIndexOf('-') == scheme.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    private java.util.Optional<PossibleDuplicate> nearMatch(NodeRecord record) {
        NearNames near = nearNames.computeIfAbsent(record.label(), this::nearNamesOf);
        return near.find(Names.normalise(record.name())).map(found -> {
            ExistingNode candidate = byName.get(record.label() + ":" + found.name()).get(0);
            return new PossibleDuplicate(record.origin().sheet(), record.origin().row(), record.name(),
                    record.label(), candidate.id(), candidate.name(), found.reason());
        });
    }

    /** Built once per label, on the first new record of that label. */
    private NearNames nearNamesOf(String label) {
        String prefix = label + ":";
        return new NearNames(byName.keySet().stream().filter(k -> k.startsWith(prefix))
                .map(k -> k.substring(prefix.length())).toList());
    }

    private String uniqueId(String base) {
        String id = base;
        for (int n = 2; takenIds.contains(id); n++) {
            id = base + "-" + n;
        }
        takenIds.add(id);
        return id;
    }

    private static Map<String, Object> changed(ExistingNode node, Map<String, Object> wanted) {
        Map<String, Object> changed = new LinkedHashMap<>();
        if (!node.imported()) {
            return changed;
        }
        wanted.forEach((k, v) -> {
            if (!same(v, node.properties().get(k))) {
                changed.put(k, v);
            }
        });
        return changed;
    }

    /** Numbers compare by value (the graph gives back longs and doubles), lists element by element. */
    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a != null && b != null && !a.getClass().equals(b.getClass())) {
            return a.toString().equals(b.toString());
        }
        return Objects.equals(a, b);
    }

    private String sourceRef(Origin origin) {
        return sourceRefPrefix + "; sheet=" + origin.sheet() + "; row=" + origin.row();
    }
}
