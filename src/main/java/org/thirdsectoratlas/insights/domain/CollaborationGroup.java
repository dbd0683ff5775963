package org.thirdsectoratlas.insights.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Organisations tied together one way: a network, a consortium, a stated collaboration or a shared
 * resource. Members in scope come first; {@code memberCount} counts them all.
 *
 * @param id   the network's, consortium's or resource's id; absent for a stated collaboration (a tie, not a node)
 * @param kind the network's formality, consortium's structure, collaboration's formality or resource kind
 */
@Schema(requiredProperties = {"tie", "name", "memberCount", "members"})
public record CollaborationGroup(String tie, String id, String name, String kind, long memberCount,
                                 List<Member> members) {
}
