package org.thirdsectoratlas.generator.domain;

import java.util.ArrayList;
import java.util.List;

/** Plausible, obviously invented place and organisation names, drawn from fixed word lists. */
final class Names {

    private static final List<String> PLACE_STARTS = List.of("Ash", "Brack", "Elm", "Fern", "Hart", "Kings",
            "Lang", "Mar", "Oak", "Pen", "Ribble", "Stan", "Thorn", "Wex", "Whit", "Brad", "Castle", "Dun",
            "Gar", "Hol", "Kirk", "Lin", "Mill", "Red", "Rother", "Sal", "Tad", "Wake", "Wood", "Bram", "Cal",
            "Hay", "Ink", "Marl", "Nor", "Quen", "Rams", "Sand", "Tam", "Ux");
    private static final List<String> PLACE_ENDS = List.of("ford", "bury", "ton", "ley", "field", "wick", "by",
            "mouth", "ham", "bridge", "dale", "moor", "stead", "worth", "caster", "port");
    private static final List<String> WARD_ENDS = List.of("Central", "North", "South", "East", "West", "Park",
            "Hill", "Green", "Vale", "Common", "Heath", "Riverside", "Gate", "Fields", "Village", "Moor", "Cross",
            "Meadows", "Bank", "Wood", "Lane", "Rise", "Docks", "Hollow", "Edge", "Grange", "Lees", "Mount");
    private static final List<String> REGIONS = List.of("Northern Fells", "Eastern Marches", "Western Downs",
            "Southern Shires", "Central Vales", "Coastal Reaches", "Upland Moors", "River Plains", "Border Hills",
            "Midland Heaths", "Lakeland", "Estuary Lands", "Chalk Downs", "Forest Country", "Peak Valleys",
            "Marsh Country");
    static final List<String> THEMES = List.of("Food", "Youth", "Carers", "Advice", "Refugee Welcome",
            "Mental Health", "Arts", "Sports", "Women's", "Older People's", "Disability", "Housing", "Recovery",
            "Family", "Community", "Heritage", "Environment", "Learning", "Money", "Wellbeing", "Men's Health",
            "Homelessness", "LGBT+", "Music", "Gardening", "Employment", "Digital Inclusion", "Befriending");
    private static final List<String> CHARITY_FORMS = List.of("Trust", "Project", "Centre", "Association",
            "Foundation", "Charity", "Partnership", "Alliance");
    private static final List<String> GROUP_FORMS = List.of("Group", "Club", "Circle", "Collective",
            "Friends", "Hub", "Café");
    private static final List<String> ENTERPRISE_FORMS = List.of("CIC", "Co-operative", "Enterprises",
            "Works", "Social Enterprise");
    static final List<String> NETWORK_FORMS = List.of("Network", "Forum", "Alliance", "Partnership",
            "Coalition", "Collaborative");

    private Names() {
    }

    /** Distinct town names, as many as asked (combinations first, then numbered). */
    static List<String> towns(Sampler sampler, int count) {
        List<String> all = new ArrayList<>();
        for (String start : PLACE_STARTS) {
            for (String end : PLACE_ENDS) {
                all.add(start + end);
            }
        }
        List<String> towns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (all.isEmpty()) {
                towns.add("Newtown " + (i + 1));
            } else {
                towns.add(all.remove(sampler.below(all.size())));
            }
        }
        return towns;
    }

    static String region(int index) {
        return index < REGIONS.size() ? REGIONS.get(index) : "Region " + (index + 1);
    }

    static String ward(String town, int index) {
        return index < WARD_ENDS.size() ? town + " " + WARD_ENDS.get(index) : town + " Ward " + (index + 1);
    }

    static String organisation(Sampler sampler, OrganisationKind kind, String place) {
        List<String> forms = switch (kind) {
            case COMMUNITY_GROUP -> GROUP_FORMS;
            case SOCIAL_ENTERPRISE -> ENTERPRISE_FORMS;
            default -> CHARITY_FORMS;
        };
        return place + " " + sampler.pick(THEMES) + " " + sampler.pick(forms);
    }
}
