package org.thirdsectoratlas.hsds.domain;

import java.util.List;

/**
 * What the Atlas knows about one organisation that its HSDS record carries, as the viewer may see it.
 *
 * @param networks   networks it is a member of (role: the membership's stated role, or null)
 * @param consortia  consortia it is a partner in (role: lead, minor, subcontractor, equal, manager or null)
 * @param runs       programmes it runs
 * @param joins      programmes it takes part in (role as stated, or null)
 * @param funding    what funds it: grants and other FUNDS ties from organisations, newest award first
 * @param areas      the localities it works in
 */
public record HsdsFacts(String id, String name, List<String> aliases, String description, String website,
                        List<String> identifiers, List<Tie> networks, List<Tie> consortia, List<ProgrammeFacts> runs,
                        List<Tie> joins, List<Funding> funding, List<Tie> areas, String lastConfirmed) {

    /**
     * A network, consortium or programme the organisation is tied to; startDate and endDate (YYYY-MM-DD) when
     * the tie records them, otherwise null.
     */
    public record Tie(String id, String name, String role, String startDate, String endDate) {
    }

    public record ProgrammeFacts(String id, String name, String description) {
    }

    /** One FUNDS tie to the organisation; the grant fields are null for a tie that is not a 360Giving grant. */
    public record Funding(String funderId, String funderName, String grantId, String title, Double amount,
                          String currency, String awardDate, String programmeId, String statedAs) {
    }
}
