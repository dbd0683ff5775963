package org.thirdsectoratlas.consortia.readiness.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of the research's consortium-readiness checklist, verbatim.
 *
 * @param category SUCCESS_FACTOR, KEY_LEARNING, KEY_RISK or RECOMMENDATION
 * @param evidence what the graph can show for it (see {@link Evidence}); null when the graph cannot show it
 */
@Schema(requiredProperties = {"id", "category", "audience", "position", "text"})
public record ChecklistItem(String id, String category, String stage, String audience, int position,
                            String parent, String text, String evidence) {

    public static final String KEY_RISK = "KEY_RISK";

    public boolean risk() {
        return KEY_RISK.equals(category);
    }
}
